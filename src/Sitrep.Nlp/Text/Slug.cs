namespace Sitrep.Nlp.Text;

/// <summary>Readable ids from names: "Sergey Lavrov" → "sergey-lavrov", unique within a set by a numeric suffix.</summary>
public static class Slug
{
    public static string Of(string name, string fallback = "item")
    {
        var chars = name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) && c < 128 ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? fallback : slug;
    }

    /// <summary>The slug itself if unused, else slug-2, slug-3, …; records the one returned in <paramref name="used"/>.</summary>
    public static string Unique(string slug, ISet<string> used)
    {
        var id = slug;
        for (int n = 2; !used.Add(id); n++) id = $"{slug}-{n}";
        return id;
    }
}
