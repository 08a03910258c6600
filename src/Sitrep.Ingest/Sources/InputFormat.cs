namespace Sitrep.Ingest.Sources;

/// <summary>The reader a file goes to, chosen from its extension (and, for .xml and .json, its first bytes).</summary>
internal enum InputFormat
{
    Unknown,
    PlainText,
    Html,
    JsonLines,
    /// <summary>RSS, Atom, JSON Feed or a sitemap (.rss, .atom; an .xml or .json file whose content says so).</summary>
    Feed,
    /// <summary>An .xml or .json file: a <see cref="Feed"/> when its first bytes show one, otherwise unknown.</summary>
    XmlOrJson,
}
