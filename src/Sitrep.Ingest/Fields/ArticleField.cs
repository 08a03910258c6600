namespace Sitrep.Ingest.Fields;

/// <summary>The article fields a dataset record (a CSV row, a JSON Lines object) can hold.</summary>
public enum ArticleField
{
    /// <summary>The dataset's own record id: named in error messages, never the article's id (that is its content hash).</summary>
    Id,
    Title,
    Text,
    Published,
    Url,
    Site,
    Author,
    Language,
}
