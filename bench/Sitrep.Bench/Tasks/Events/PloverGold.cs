using System.Text.Json;
using Sitrep.Articles;

namespace Sitrep.Bench.Tasks.Events;

/// <summary>
/// Reads the PLOVER gold standard (PLOVER_GSR_CAMEO.json, OEDA 2016, PLOVER 0.5b1): a JSON array of records with
/// <c>text</c>, <c>event</c>, <c>date</c>, and <c>source</c>/<c>target</c> as lists of {actorText, code, sector} (or "",
/// or absent). The DOCUMENT record is skipped. One gold triple per source × target pair, a missing side "---"; the
/// actor code is the record's <c>code</c> (country or IGO/IMG, three letters: the sector is a separate field). Event types
/// are in PLOVER 2016 names; those PLOVER 2021 renamed or merged are read as 2021 names (<see cref="To2021"/>), the
/// names Sitrep's codebook gives (CONCEDE and RETREAT are kept as they are in both).
/// </summary>
public static class PloverGold
{
    /// <summary>PLOVER 2016 → 2021 (PLOVER manual 0.8, "CAMEO to PLOVER translation"): DEMAND → REQUEST, DISAPPROVE and
    /// INVESTIGATE → ACCUSE, FIGHT → ASSAULT.</summary>
    public static readonly IReadOnlyDictionary<string, string> To2021 = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DEMAND"] = "REQUEST",
        ["DISAPPROVE"] = "ACCUSE",
        ["INVESTIGATE"] = "ACCUSE",
        ["FIGHT"] = "ASSAULT",
    };

    /// <summary>One actor of a gold record: its words, code and sector ("GOV"; null when none).</summary>
    public sealed record Actor(string Text, string Code, string? Sector)
    {
        /// <summary>Code and sector as one CAMEO-style code ("HUNGOV"); a sector that is not three capitals ("***", "CVLalb" → "CVL") counts as far as it is.</summary>
        public string Full
        {
            get
            {
                if (Sector is null || Sector.Length < 3) return Code;
                var s = Sector[..3];
                return s.All(char.IsAsciiLetterUpper) ? Code + s : Code;
            }
        }
    }

    public sealed record Record(GoldSentence Sentence, string Event2016, IReadOnlyList<Actor> Sources, IReadOnlyList<Actor> Targets, bool TargetNotAList);

    public static List<Record> Read(string path, Dictionary<string, int> notes)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var records = new List<Record>();
        foreach (var r in doc.RootElement.EnumerateArray())
        {
            var ev = Str(r, "event") ?? "";
            if (ev == "DOCUMENT") { Note(notes, "DOCUMENT record skipped"); continue; }
            var text = Str(r, "text");
            if (string.IsNullOrWhiteSpace(text)) { Note(notes, "record without text skipped"); continue; }
            var sources = Actors(r, "source", notes, out _);
            var targets = Actors(r, "target", notes, out bool oddTarget);
            var type = To2021.GetValueOrDefault(ev, ev);
            if (type != ev) Note(notes, $"gold {ev} read as {type}");
            var gold = new List<Triple>();
            foreach (var s in sources.Count > 0 ? sources.Select(a => a.Code) : ["---"])
                foreach (var t in targets.Count > 0 ? targets.Select(a => a.Code) : ["---"])
                    gold.Add(new Triple(s, type, t));
            var date = Str(r, "date") is { Length: >= 10 } d && DateOnly.TryParse(d[..10], System.Globalization.CultureInfo.InvariantCulture, out var day)
                ? new PartialDate(day.Year, day.Month, day.Day) : (PartialDate?)null;
            var id = Str(r, "id") ?? $"record-{records.Count + 1}";
            records.Add(new Record(new GoldSentence(id, type, text.Trim(), date, gold.Distinct().ToList(), false), ev, sources, targets, oddTarget));
        }
        return records;
    }

    private static List<Actor> Actors(JsonElement r, string side, Dictionary<string, int> notes, out bool odd)
    {
        odd = false;
        var list = new List<Actor>();
        if (!r.TryGetProperty(side, out var v)) { Note(notes, $"{side} absent (\"---\")"); return list; }
        if (v.ValueKind != JsonValueKind.Array)
        {
            var s = v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString();
            odd = !string.IsNullOrEmpty(s);
            Note(notes, string.IsNullOrEmpty(s) ? $"{side} \"\" (\"---\")" : $"{side} a string, not a list (\"{s}\": read as \"---\")");
            return list;
        }
        foreach (var a in v.EnumerateArray())
        {
            var code = Str(a, "code");
            if (string.IsNullOrWhiteSpace(code)) { Note(notes, $"{side} actor without code (\"---\")"); code = "---"; }
            list.Add(new Actor(Str(a, "actorText") ?? "", code.Trim(), Str(a, "sector")));
        }
        return list;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static void Note(Dictionary<string, int> notes, string note) => notes[note] = notes.GetValueOrDefault(note) + 1;
}
