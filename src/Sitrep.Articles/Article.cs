using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Articles;

/// <summary>
/// One news article as Ingest hands it on: clean text with boilerplate removed, plus the metadata
/// the source stated. The text is final: every annotation downstream is a span into it.
/// </summary>
public sealed record Article
{
    /// <summary>Content hash of title and text (16 hex digits): the same article read twice has the same id.</summary>
    public required string Id { get; init; }
    /// <summary>
    /// Where it was read from: a file path, with ":line" for a line of a JSON Lines file (or the first line of a CSV row),
    /// "!/entry" for a file in an archive, "!URI" for a page of a WARC.
    /// </summary>
    public string? Path { get; init; }
    public string? Url { get; init; }
    public required string Title { get; init; }
    /// <summary>The publication date the source states, if any (inferred dates live in the analysis).</summary>
    public PartialDate? Published { get; init; }
    public string? Site { get; init; }
    /// <summary>The first of <see cref="Authors"/> (the byline's lead author), kept for readers of one author.</summary>
    public string? Author { get; init; }
    /// <summary>
    /// Every author the source names, in its order; empty when it names none. An article that states only
    /// <see cref="Author"/> (stored before 1.4.0, or built with an initializer) has that one.
    /// </summary>
    public IReadOnlyList<string> Authors
    {
        get => _authors.Count > 0 ? _authors : Author is null ? [] : [Author];
        init => _authors = value ?? [];
    }

    private readonly IReadOnlyList<string> _authors = [];
    /// <summary>The address of the story's lead image (og:image, JSON-LD image, the first large figure), when the source has one.</summary>
    public string? Image { get; init; }
    /// <summary>ISO 639-1 code of the text's language, or "und" when the text is too short or mixed to tell.</summary>
    public string Language { get; init; } = "en";
    /// <summary>
    /// The language the source declared (ISO 639-1), or null when it declared none and
    /// <see cref="Language"/> was identified from the text. When the two differ the source was wrong:
    /// a long text clearly in another language is taken for what it is.
    /// </summary>
    public string? DeclaredLanguage { get; init; }
    public required string Text { get; init; }

    /// <summary>The id that <see cref="Id"/> must hold for this title and text.</summary>
    public static string ContentId(string title, string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(title.Trim() + "\n\n" + text.Trim()));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }

    /// <summary>
    /// Makes an article whose id is its content hash. <paramref name="language"/> is the language the source
    /// declares (null: none, and the article's language is "und" until Ingest identifies it from the text).
    /// </summary>
    /// <param name="authors">Every author, when the source names several; <paramref name="author"/> defaults to the first.</param>
    public static Article Create(string title, string text, PartialDate? published = null, string? path = null,
        string? url = null, string? site = null, string? author = null, string? language = null,
        IReadOnlyList<string>? authors = null, string? image = null)
    {
        author ??= authors?.FirstOrDefault();
        return new()
        {
            Id = ContentId(title, text), Title = title, Text = text, Published = published, Path = path,
            Url = url, Site = site, Author = author, Language = language ?? "und", DeclaredLanguage = language,
            Authors = authors ?? [], Image = image,
        };
    }

    // A record compares lists by reference; two reads of the same article name the same authors.
    public bool Equals(Article? other) =>
        other is not null && Id == other.Id && Path == other.Path && Url == other.Url && Title == other.Title
        && Published == other.Published && Site == other.Site && Author == other.Author && Authors.SequenceEqual(other.Authors)
        && Image == other.Image && Language == other.Language && DeclaredLanguage == other.DeclaredLanguage && Text == other.Text;

    public override int GetHashCode() => HashCode.Combine(Id, Path, Url, Published, Author, Image, Language, Text);
}
