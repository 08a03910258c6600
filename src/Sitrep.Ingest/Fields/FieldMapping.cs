namespace Sitrep.Ingest.Fields;

/// <summary>
/// Which names in a dataset's records hold which article field, in order of preference: datasets name the same
/// field differently (Reuters-21578 "body" and "date", NELA "content", news crawls "headline" and "byline").
/// The default knows the common names; a user mapping such as "text=body,title=headline" replaces the names
/// of the fields it lists. Names match ignoring case, as column headers are written either way.
/// </summary>
public sealed class FieldMapping
{
    private readonly Dictionary<ArticleField, string[]> _names;

    private FieldMapping(Dictionary<ArticleField, string[]> names) => _names = names;

    public static FieldMapping Default { get; } = new(new()
    {
        [ArticleField.Id] = ["id"],
        [ArticleField.Title] = ["title", "headline"],
        [ArticleField.Text] = ["text", "body", "content", "article"],
        [ArticleField.Published] = ["published", "date", "publish_date", "publication_date", "published_at", "datePublished", "pubDate"],
        [ArticleField.Url] = ["url", "link"],
        [ArticleField.Site] = ["site", "source", "publisher"],
        [ArticleField.Author] = ["author", "byline", "authors"],
        [ArticleField.Language] = ["language", "lang"],
    });

    /// <summary>The names that may hold <paramref name="field"/>, the preferred first.</summary>
    public IReadOnlyList<string> NamesOf(ArticleField field) => _names[field];

    /// <summary>The field as error messages name it: its first name, quoted ("text").</summary>
    public string Describe(ArticleField field) => $"\"{_names[field][0]}\"";

    /// <summary>The keys a user writes before "=": the field names, and the usual synonyms of two of them.</summary>
    private static readonly Dictionary<string, ArticleField> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = ArticleField.Id, ["title"] = ArticleField.Title, ["text"] = ArticleField.Text,
        ["published"] = ArticleField.Published, ["date"] = ArticleField.Published, ["url"] = ArticleField.Url,
        ["site"] = ArticleField.Site, ["source"] = ArticleField.Site, ["author"] = ArticleField.Author,
        ["language"] = ArticleField.Language, ["lang"] = ArticleField.Language,
    };

    /// <summary>
    /// Parses "text=body,title=headline,date=pubdate" over the default mapping; "text=body|content" lists
    /// alternatives. Null or blank gives the default.
    /// </summary>
    public static bool TryParse(string? spec, out FieldMapping mapping, out string error)
    {
        mapping = Default;
        error = "";
        if (string.IsNullOrWhiteSpace(spec)) return true;
        var names = new Dictionary<ArticleField, string[]>(Default._names);
        foreach (var pair in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                error = $"'{pair}' is not FIELD=NAME";
                return false;
            }
            var key = pair[..eq].Trim();
            if (!Keys.TryGetValue(key, out var field))
            {
                error = $"unknown field '{key}' (known: id, title, text, date, url, site, author, language)";
                return false;
            }
            var alternatives = pair[(eq + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (alternatives.Length == 0)
            {
                error = $"no name given for '{key}'";
                return false;
            }
            names[field] = alternatives;
        }
        mapping = new FieldMapping(names);
        return true;
    }
}
