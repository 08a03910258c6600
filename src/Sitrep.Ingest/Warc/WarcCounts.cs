namespace Sitrep.Ingest.Warc;

/// <summary>What reading a WARC met: records in all, HTML pages handed on, and the records skipped by kind.</summary>
public sealed class WarcCounts
{
    public int Records { get; private set; }
    public int HtmlPages { get; private set; }
    public long Bytes { get; internal set; }
    public SortedDictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    internal void Record() => Records++;

    internal void Page() => HtmlPages++;

    internal void Skip(string why) => Skipped[why] = Skipped.GetValueOrDefault(why) + 1;

    /// <summary>"2 request, 1 warcinfo, 1 non-HTML response".</summary>
    public string DescribeSkipped() => string.Join(", ", Skipped.Select(s => $"{s.Value} {s.Key}"));
}
