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
    /// <summary>Comma-separated values with a header row (.csv).</summary>
    Csv,
    /// <summary>Tab-separated values with a header row (.tsv).</summary>
    Tsv,
    /// <summary>A web archive (.warc; .warc.gz with one gzip member per record, as Common Crawl writes them).</summary>
    Warc,
    /// <summary>A zip archive: each entry is read as a file of its name.</summary>
    Zip,
    /// <summary>A tar archive (.tar, .tar.gz, .tgz): each entry is read as a file of its name.</summary>
    Tar,
}
