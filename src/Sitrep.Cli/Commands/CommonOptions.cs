using System.CommandLine;
using Sitrep.Articles;
using Sitrep.Ingest.Fields;

namespace Sitrep.Cli.Commands;

/// <summary>Options several commands share, defined once so their names and help stay the same.</summary>
public static class CommonOptions
{
    public static Option<string> Format() => new Option<string>("--format", "-f")
    {
        Description = "Output format: md (Markdown), json (the documented JSON contract) or html (one self-contained page)",
        DefaultValueFactory = _ => "md",
    }.AcceptOnlyFromAmong("md", "json", "html");

    public static Option<FileInfo?> Output() => new("--output", "-o") { Description = "Write the report to this file instead of standard output" };

    public static Option<FileInfo> Database() => new("--db")
    {
        Description = "The SQLite database file",
        DefaultValueFactory = _ => new FileInfo("sitrep.db"),
    };

    /// <summary>The most --max-mb may be: a document is held in memory as bytes, then as text, and analysed whole.</summary>
    public const int MaxDocumentMegabytes = 256;

    public static Option<int> MaxMegabytes()
    {
        var option = new Option<int>("--max-mb")
        {
            Description = $"Largest single document (also an archive entry, a WARC record, a CSV row or a JSON Lines line) to read, in MB, counted on "
                + $"the bytes read (decompressed for .gz); larger ones are reported and skipped. 1 to {MaxDocumentMegabytes}",
            DefaultValueFactory = _ => 16,
        };
        option.Validators.Add(result =>
        {
            int value = result.GetValueOrDefault<int>();
            if (value is < 1 or > MaxDocumentMegabytes)
                result.AddError($"--max-mb {value}: must be from 1 to {MaxDocumentMegabytes} (a single document is held in memory whole)");
        });
        return option;
    }

    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files, folders (read recursively), globs or http(s) URLs: .txt, .html/.htm, .jsonl (one article per line), .csv/.tsv (one per row), "
            + "feeds and sitemaps (a URL's or sitemap's pages are fetched), .warc (web archives), optionally .gz; archives (.zip, .tar, .tar.gz/.tgz) are read entry by entry",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> FieldMap() => new("--map")
    {
        Description = "Which CSV columns and JSON Lines fields hold the article, e.g. text=body,title=headline,date=pubdate "
            + "(alternatives with |). Fields: id, title, text, date, url, site, author, language. Unlisted fields keep the usual "
            + "names: title/headline, text/body/content, published/date/publish_date, url/link, author/byline, site/source/publisher, language/lang",
    };

    /// <summary>Parses a --map value, or reports it.</summary>
    public static bool TryParseFieldMap(string? value, out FieldMapping mapping)
    {
        if (FieldMapping.TryParse(value, out mapping, out var error)) return true;
        Console.Error.WriteLine($"error: --map {value}: {error}");
        return false;
    }

    public static Option<string?> Date(string name, string description) => new(name) { Description = description };

    /// <summary>Parses a --since/--until value (YYYY, YYYY-MM or YYYY-MM-DD), or reports it.</summary>
    public static bool TryParseDate(string? value, string option, out PartialDate? date)
    {
        date = null;
        if (value is null) return true;
        if (System.Text.RegularExpressions.Regex.IsMatch(value, @"^\d{4}(-\d{2}(-\d{2})?)?$") && PartialDate.TryParse(value, out var d))
        {
            date = d;
            return true;
        }
        Console.Error.WriteLine($"error: {option} {value}: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
        return false;
    }
}
