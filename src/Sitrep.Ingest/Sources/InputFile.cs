namespace Sitrep.Ingest.Sources;

/// <summary>A file's format from its name: "x.html" is HTML, "x.jsonl.gz" is gzipped JSON Lines.</summary>
internal readonly record struct InputFile(string Path, InputFormat Format, bool Gzipped)
{
    public static InputFile FromPath(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        bool gzipped = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var inner = gzipped ? name[..^3] : name;
        return new InputFile(path, FormatOf(System.IO.Path.GetExtension(inner)), gzipped);
    }

    private static InputFormat FormatOf(string extension) => extension.ToLowerInvariant() switch
    {
        ".txt" or ".text" or ".md" => InputFormat.PlainText,
        ".html" or ".htm" or ".xhtml" => InputFormat.Html,
        ".jsonl" or ".ndjson" => InputFormat.JsonLines,
        ".rss" or ".atom" => InputFormat.Feed,
        ".xml" or ".json" => InputFormat.XmlOrJson,
        _ => InputFormat.Unknown,
    };
}
