using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Sitrep.Articles;

namespace Sitrep.Bench.Tasks.Events;

/// <summary>One gold event: source code, event code (CAMEO or PLOVER), target code; "---" for a side nobody fills.</summary>
public sealed record Triple(string Source, string Code, string Target)
{
    public override string ToString() => $"{Code} {Source} {Target}";
}

/// <summary>One validation record: the sentence to code, its date, and the events it must give (none: <see cref="NoEvents"/>).</summary>
public sealed record GoldSentence(string Id, string Category, string Text, PartialDate? Date, IReadOnlyList<Triple> Gold, bool NoEvents);

/// <summary>
/// Reads a PETRARCH validation file (PETR2_GSR_validation.xml, PETR.UnitTest.records.xml). These are not well-formed
/// XML — '#' banners outside comments, self-closing &lt;Sentence .../&gt; tags followed by the record's elements, stray
/// "&lt;conj&gt;" in parses — so the reader works on the text, as PETRARCH's own validation.py does: HTML comments are
/// removed first, the file ends at a &lt;Stop&gt; record, and a record runs from one &lt;Sentence …&gt; to the next (or to
/// &lt;/Sentences&gt;). Its &lt;EventCoding …&gt; tags give the gold (noevents="True", or sourcecode, eventcode, targetcode,
/// with '~' read as "---" as validation.py does; error="storydiscard", "dateline", … — a record PETRARCH must drop — is
/// read as noevents), its &lt;Text&gt; the sentence (entities decoded, whitespace collapsed).
/// Skipped, and counted: evaluate="false", sentence="false" (PETRARCH's "not implemented" records), categories the
/// &lt;Include&gt; list of the &lt;Environment&gt; leaves out, and records without text or without any &lt;EventCoding&gt;
/// (validation.py skips those too).
/// </summary>
public sealed partial class PetrarchRecords
{
    public required IReadOnlyList<GoldSentence> Sentences { get; init; }
    /// <summary>Why records were left out, and how many.</summary>
    public required IReadOnlyDictionary<string, int> Skipped { get; init; }
    /// <summary>How records were read where the format left a choice ("error=… read as noevents"), and how many.</summary>
    public required IReadOnlyDictionary<string, int> Notes { get; init; }
    /// <summary>The &lt;Environment&gt;'s files: Verbfile, Actorfile, Agentfile, Discardfile (as written).</summary>
    public required IReadOnlyDictionary<string, string> Environment { get; init; }
    public IReadOnlyList<string>? Include { get; init; }

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<Sentence\s([^>]*)>")]
    private static partial Regex SentenceTag();

    [GeneratedRegex(@"<EventCoding\b([^>]*)>")]
    private static partial Regex CodingTag();

    [GeneratedRegex(@"<Text>(.*?)</Text>", RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex(@"(\w+)\s*=\s*""([^""]*)""")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<(Verbfile|Actorfile|Agentfile|Discardfile|Include)>(.*?)</\1>", RegexOptions.Singleline)]
    private static partial Regex EnvironmentElement();

    [GeneratedRegex(@"^<Stop\b", RegexOptions.Multiline)]
    private static partial Regex Stop();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static PetrarchRecords Read(string path)
    {
        var text = Comment().Replace(File.ReadAllText(path), "");
        if (Stop().Match(text) is { Success: true } stop) text = text[..stop.Index];
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        List<string>? include = null;
        foreach (Match m in EnvironmentElement().Matches(text))
        {
            if (m.Groups[1].Value == "Include")
                include = m.Groups[2].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(c => c != "valid").ToList();
            else environment[m.Groups[1].Value] = m.Groups[2].Value.Trim();
        }
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        var notes = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = new List<GoldSentence>();
        var tags = SentenceTag().Matches(text);
        int end = text.IndexOf("</Sentences>", StringComparison.Ordinal);
        for (int i = 0; i < tags.Count; i++)
        {
            int from = tags[i].Index + tags[i].Length;
            int to = i + 1 < tags.Count ? tags[i + 1].Index : end >= from ? end : text.Length;
            var body = text[from..to];
            var attributes = Attributes(tags[i].Groups[1].Value);
            string id = attributes.GetValueOrDefault("id") ?? $"record-{i + 1}";
            string category = attributes.GetValueOrDefault("category") ?? "";
            string? reason = null;
            if (attributes.GetValueOrDefault("evaluate") is { } evaluate && !evaluate.Equals("true", StringComparison.OrdinalIgnoreCase))
                reason = "evaluate=\"false\"";
            else if (attributes.GetValueOrDefault("sentence") is { } sentence && sentence.Equals("false", StringComparison.OrdinalIgnoreCase))
                reason = "sentence=\"false\" (not implemented in PETRARCH)";
            else if (include is not null && !include.Contains(category))
                reason = $"category {category} not in <Include>";
            var gold = new List<Triple>();
            bool noEvents = false;
            foreach (Match c in CodingTag().Matches(body))
            {
                var a = Attributes(c.Groups[1].Value);
                if (a.GetValueOrDefault("noevents") is { } n && n.Equals("true", StringComparison.OrdinalIgnoreCase)) { noEvents = true; continue; }
                // error="storydiscard", "dateline", …: PETRARCH must drop the record, so no event may come of it.
                if (a.GetValueOrDefault("error") is { Length: > 0 } error) { noEvents = true; notes[$"error=\"{error}\" read as noevents"] = notes.GetValueOrDefault($"error=\"{error}\" read as noevents") + 1; continue; }
                if (a.GetValueOrDefault("eventcode") is not { Length: > 0 } code) continue;
                gold.Add(new Triple(Code(a.GetValueOrDefault("sourcecode")), code.Trim(), Code(a.GetValueOrDefault("targetcode"))));
            }
            var t = TextElement().Match(body);
            if (reason is null && !t.Success) reason = "no <Text>";
            if (reason is null && gold.Count == 0 && !noEvents) reason = "no <EventCoding>";
            if (reason is not null)
            {
                skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
                continue;
            }
            var sentenceText = Spaces().Replace(WebUtility.HtmlDecode(t.Groups[1].Value), " ").Trim();
            sentences.Add(new GoldSentence(id, category, sentenceText, Date(attributes.GetValueOrDefault("date")), gold.Distinct().ToList(), noEvents && gold.Count == 0));
        }
        return new PetrarchRecords { Sentences = sentences, Skipped = skipped, Notes = notes, Environment = environment, Include = include };
    }

    /// <summary>A gold actor code: '~' (an isolated agent) reads as "---", as in validation.py; empty or missing is "---".</summary>
    private static string Code(string? code) => string.IsNullOrWhiteSpace(code) ? "---" : code.Trim().Replace("~", "---");

    private static Dictionary<string, string> Attributes(string s)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Attribute().Matches(s)) d.TryAdd(m.Groups[1].Value, m.Groups[2].Value);
        return d;
    }

    /// <summary>yyyymmdd as a day; null when it is not one.</summary>
    internal static PartialDate? Date(string? s)
    {
        if (s is null || s.Length != 8 || !DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return null;
        return new PartialDate(d.Year, d.Month, d.Day);
    }
}
