using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Ingest.Articles;

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
    public string? Author { get; init; }
    /// <summary>ISO 639-1 code of the text's language.</summary>
    public string Language { get; init; } = "en";
    public required string Text { get; init; }

    /// <summary>The id that <see cref="Id"/> must hold for this title and text.</summary>
    public static string ContentId(string title, string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(title.Trim() + "\n\n" + text.Trim()));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }

    /// <summary>Makes an article whose id is its content hash.</summary>
    public static Article Create(string title, string text, PartialDate? published = null, string? path = null,
        string? url = null, string? site = null, string? author = null, string language = "en") =>
        new()
        {
            Id = ContentId(title, text), Title = title, Text = text, Published = published, Path = path,
            Url = url, Site = site, Author = author, Language = language,
        };
}
