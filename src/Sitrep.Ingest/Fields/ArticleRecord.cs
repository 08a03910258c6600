using Sitrep.Articles;
using Sitrep.Ingest.Language;
using Sitrep.Ingest.PlainText;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Fields;

/// <summary>
/// Makes an article from one dataset record, whatever its format: the reader supplies a lookup from a name to the
/// record's value, the <see cref="FieldMapping"/> says which names to try. The text is required and cleaned as
/// prose; a missing title is derived from the text.
/// </summary>
public static class ArticleRecord
{
    /// <param name="valueOf">The record's value under a name (matched ignoring case), or null when it has none.</param>
    public static IngestResult Read(string input, FieldMapping mapping, Func<string, string?> valueOf)
    {
        string? First(ArticleField field)
        {
            foreach (var name in mapping.NamesOf(field))
                if (valueOf(name) is { } v && !string.IsNullOrWhiteSpace(v)) return v;
            return null;
        }
        // The dataset's id lets the person find a bad record in their own tools.
        var id = First(ArticleField.Id)?.Trim() is { Length: > 0 and <= 80 } i ? $" (id {i})" : "";
        if (First(ArticleField.Text) is not { } rawText) return IngestResult.Fail(input, $"no {mapping.Describe(ArticleField.Text)} field{id}");
        var body = PlainTextCleaner.CleanBody(rawText);
        if (body.Text.Length == 0) return IngestResult.Fail(input, $"empty {mapping.Describe(ArticleField.Text)} field{id}");
        var title = First(ArticleField.Title)?.Trim() is { Length: > 0 } t ? t : DerivedTitle.FromText(body.Text);
        var article = Article.Create(title, body.Text, Published(mapping, valueOf), path: input, url: First(ArticleField.Url)?.Trim(),
            site: First(ArticleField.Site)?.Trim(), author: First(ArticleField.Author)?.Trim() ?? body.Author, language: Language(First(ArticleField.Language)));
        return IngestResult.Ok(input, ArticleLanguage.Settle(article));
    }

    /// <summary>The first date that parses: a dataset may fill "date" with text and "published" with ISO dates.</summary>
    private static PartialDate? Published(FieldMapping mapping, Func<string, string?> valueOf)
    {
        foreach (var name in mapping.NamesOf(ArticleField.Published))
            if (PartialDate.TryParse(valueOf(name), out var date)) return date;
        return null;
    }

    /// <summary>The declared language (ISO 639-1), or null: Ingest then identifies it from the text.</summary>
    private static string? Language(string? value) => ArticleLanguage.Normalize(value);
}
