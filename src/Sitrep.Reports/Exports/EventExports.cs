using System.Globalization;
using Sitrep.Corpus.Situations;
using Sitrep.News.Places;

namespace Sitrep.Reports.Exports;

/// <summary>How an export is written: the gazetteer that resolves places, the time stamped as "added", GDELT's header line.</summary>
public sealed record ExportOptions
{
    /// <summary>Resolves the events' place ids; null: the shipped gazetteer.</summary>
    public Gazetteer? Places { get; init; }
    /// <summary>When the rows are written (GDELT's DATEADDED); null: now.</summary>
    public DateTimeOffset? Now { get; init; }
    /// <summary>GDELT only: a first line naming the 61 columns (GDELT's own files have none).</summary>
    public bool Header { get; init; }

    internal Gazetteer Gazetteer => Places ?? Gazetteer.Default;
}

/// <summary>An export: its text, the number of rows (or features) written, and notes for the person (what was left out and why).</summary>
public sealed record ExportResult(string Text, int Rows, IReadOnlyList<string> Notes);

/// <summary>The event exports by name: gdelt, acled, geojson, csv.</summary>
public static class EventExports
{
    public static readonly string[] Formats = ["gdelt", "acled", "geojson", "csv"];

    public static ExportResult Render(string format, Situation s, ExportOptions? options = null)
    {
        options ??= new ExportOptions();
        return format switch
        {
            "gdelt" => GdeltExport.Render(s, options),
            "acled" => AcledExport.Render(s, options),
            "geojson" => GeoJsonExport.Render(s, options),
            "csv" => EventCsvExport.Render(s, options),
            _ => throw new ArgumentException($"unknown export format '{format}'", nameof(format)),
        };
    }

    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    internal static string Coordinate(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    internal static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";
}
