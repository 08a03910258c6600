using System.Globalization;
using System.Text;
using Sitrep.News.Events;
using Sitrep.News.Resources;

namespace Sitrep.News.ResourceBuilding;

/// <summary>
/// Converts the event dictionaries into Sitrep's own files under resources/:
/// <list type="bullet">
/// <item><c>events-verbs.tsv.gz</c> from the PETRARCH2 CAMEO.2.0 verb dictionary (MIT, Open Event Data Alliance):
/// every verb form written out (regular forms generated, irregular ones as listed), its block, its CAMEO code and the
/// particle of a phrasal verb; the block's patterns in a normalized form; the synonym sets they use.</item>
/// <item><c>events-codes.tsv</c> from the CAMEO codebook (names, Goldstein scores) and the CAMEO→PLOVER table of
/// the PLOVER manual (2021): one row per CAMEO code with its quad class, PLOVER event type, mode and context.</item>
/// </list>
/// Run by 'sitrep resources build'; never at analysis time.
/// </summary>
public static class EventDictionaryBuilder
{
    public const string VerbsFileName = EventDictionary.VerbsFileName;
    public const string CodesFileName = EventCodebook.FileName;

    public static (int Forms, int Patterns, int Codes) Build(string eventsDir, string outDir)
    {
        var (forms, patterns) = BuildVerbs(Path.Combine(eventsDir, "petrarch2", "CAMEO.2.0.txt"), Path.Combine(outDir, VerbsFileName));
        int codes = BuildCodes(Path.Combine(eventsDir, "cameo", "cameo_codes.tsv"), Path.Combine(eventsDir, "plover", "CAMEO2PLOVER-2021.txt"),
            Path.Combine(outDir, CodesFileName));
        return (forms, patterns, codes);
    }

    /// <summary>Converts a PETRARCH verb dictionary (CAMEO.2.0.txt, or a validation suite's) into the verbs file.</summary>
    public static (int Forms, int Patterns) BuildVerbs(string petrarchVerbs, string outPath)
    {
        var lines = Convert(File.ReadLines(petrarchVerbs));
        ResourceFiles.WriteTsv(outPath,
            "# Sitrep event verbs, converted by 'sitrep resources build' from the PETRARCH2 verb dictionary " + Path.GetFileName(petrarchVerbs) + " (MIT, Open Event Data Alliance).\n" +
            "# S\tset\tmember (words joined by '_')\n" +
            "# V\tform\tblock\tcode ('' = the block's patterns only)\tparticle (phrasal verbs: 'for' of 'ask for')\n" +
            "# P\tblock\tbefore the verb\tafter the verb\tcode ('---' = no event)\n" +
            "#   a code 'A:B' is the source's act A and the target's act B in return (042:043, visit and host); ':B' the target's only\n" +
            "#   pattern elements: word, a_b (contiguous words), &set, ( ) a prepositional phrase, $ source, + target, ^ skip",
            lines);
        return (lines.Count(l => l[0] == 'V'), lines.Count(l => l[0] == 'P'));
    }

    /// <summary>The converted rows of a PETRARCH verb dictionary.</summary>
    public static List<string> Convert(IEnumerable<string> source)
    {
        var rows = new List<string>();
        var seenForms = new HashSet<string>(StringComparer.Ordinal);
        string? set = null, block = null, blockCode = null;
        foreach (var raw in source)
        {
            var line = StripComment(raw).TrimEnd();
            if (line.Length == 0) { set = null; continue; }
            if (line.StartsWith('~')) continue; // PETRARCH2's combination rules ("a (a b ATTACK) SAY"): Sitrep reads clauses itself
            if (line.StartsWith('&'))
            {
                set = line[1..].Trim().TrimEnd('_').ToLowerInvariant();
                continue;
            }
            if (set is not null && line.StartsWith('+'))
            {
                rows.Add($"S\t{set}\t{Word(line[1..].Trim())}");
                continue;
            }
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                var inner = line.Trim('-', ' ');
                block = Word(inner[..Math.Max(0, inner.IndexOf('[') is >= 0 and var b ? b : inner.Length)].Trim());
                blockCode = Code(inner);
                set = null;
                continue;
            }
            if (block is null) continue;
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                var body = line[2..];
                var code = Code(body) ?? blockCode ?? "---";
                int bracket = body.LastIndexOf('[');
                if (bracket >= 0) body = body[..bracket];
                var star = body.IndexOf('*');
                if (star < 0) continue;
                rows.Add($"P\t{block}\t{Elements(body[..star])}\t{Elements(body[(star + 1)..])}\t{code}");
                continue;
            }
            // A verb line: WORD or +WORD_PARTICLE, optional {irregular forms}, optional [code].
            var verbCode = Code(line) ?? blockCode ?? "";
            if (verbCode == "---") verbCode = "";
            var text = line;
            var brace = text.IndexOf('{');
            var irregular = new List<string>();
            if (brace >= 0)
            {
                int close = text.IndexOf('}', brace);
                if (close < 0) close = text.Length - 1;
                // Some lists separate their forms with commas as well as spaces ("{+WAS_DETERMINED , +BE_DETERMINED}").
                irregular.AddRange(text[(brace + 1)..close].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries));
                text = text[..brace] + text[(close + 1)..];
            }
            int sq = text.IndexOf('[');
            if (sq >= 0) text = text[..sq];
            var word = text.Trim();
            if (word.Length == 0 || word.Contains(' ')) continue;
            var (verb, particle) = Phrasal(word);
            var forms = new List<string>();
            foreach (var f in irregular) forms.Add(Phrasal(f).Verb);
            forms.Add(verb);
            if (!word.EndsWith('_')) forms.AddRange(RegularForms(verb));
            foreach (var f in forms.Distinct())
                if (f.Length > 0 && f.All(c => char.IsLetter(c) || c is '-' or '\'') && seenForms.Add(f + "\t" + particle))
                    rows.Add($"V\t{f}\t{block}\t{verbCode}\t{particle}");
        }
        return rows;
    }

    private static string StripComment(string line)
    {
        int hash = line.IndexOf('#');
        return hash < 0 ? line : line[..hash];
    }

    private static string? Code(string line)
    {
        int open = line.LastIndexOf('['), close = line.LastIndexOf(']');
        if (open < 0 || close < open) return null;
        var code = line[(open + 1)..close].Trim();
        return code.Length == 0 ? null : code;
    }

    private static string Word(string w) => w.Trim('+').TrimEnd('_').ToLowerInvariant();

    /// <summary>"+ASK_FOR" → ("ask", "for"); "ASK" → ("ask", ""); the '+' marks the verb among the words.</summary>
    private static (string Verb, string Particle) Phrasal(string word)
    {
        var parts = word.TrimEnd('_').Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1) return (Word(parts[0]), "");
        int verbAt = Array.FindIndex(parts, p => p.StartsWith('+'));
        if (verbAt < 0) verbAt = 0;
        var rest = parts.Where((_, i) => i != verbAt).Select(Word);
        return (Word(parts[verbAt]), string.Join(' ', rest));
    }

    /// <summary>A pattern side in Sitrep's element form: words lower-cased, {A B} as a_b, sets, parentheses and slots kept.</summary>
    private static string Elements(string side)
    {
        var sb = new StringBuilder();
        bool inBrace = false;
        foreach (var tok in side.Replace("(", " ( ").Replace(")", " ) ").Replace("{", " { ").Replace("}", " } ")
                     .Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (tok == "{") { inBrace = true; if (sb.Length > 0) sb.Append(' '); continue; }
            if (tok == "}") { inBrace = false; continue; }
            var element = tok switch
            {
                "(" or ")" or "$" or "+" or "^" or "%" => tok,
                _ when tok.StartsWith('&') => "&" + Word(tok[1..]),
                _ => Word(tok).Replace('-', '-'),
            };
            if (element.Length == 0) continue;
            if (inBrace && sb.Length > 0 && sb[^1] != ' ') sb.Append('_');
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            sb.Append(element);
        }
        return sb.ToString();
    }

    /// <summary>Regular English verb forms: -s, -ed, -ing, with the spelling rules (hurry → hurries, hurried; stop → stopped).</summary>
    public static IEnumerable<string> RegularForms(string verb)
    {
        if (verb.Length < 2) yield break;
        char last = verb[^1], before = verb[^2];
        static bool Vowel(char c) => "aeiou".Contains(c);
        if (last == 'y' && !Vowel(before))
        {
            var stem = verb[..^1];
            yield return stem + "ies";
            yield return stem + "ied";
            yield return verb + "ing";
            yield break;
        }
        if (last == 'e')
        {
            yield return verb + "s";
            yield return verb + "d";
            yield return (verb.EndsWith("ee", StringComparison.Ordinal) || verb.EndsWith("ye", StringComparison.Ordinal) ? verb : verb[..^1]) + "ing";
            yield break;
        }
        yield return verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal)
            ? verb + "es" : verb + "s";
        yield return verb + "ed";
        yield return verb + "ing";
        // Consonant-vowel-consonant endings double the consonant (stop → stopped); both spellings are written,
        // since the dictionary does not say where the stress falls (visit → visited, refer → referred).
        if (!Vowel(last) && last is not ('w' or 'x' or 'y') && Vowel(before) && verb.Length >= 3 && !Vowel(verb[^3]))
        {
            yield return verb + last + "ed";
            yield return verb + last + "ing";
        }
    }

    /// <summary>Joins the CAMEO codebook and the CAMEO→PLOVER table into the codes file.</summary>
    public static int BuildCodes(string cameoCodes, string cameoToPlover, string outPath)
    {
        var plover = new Dictionary<string, (string Event, string Mode, string Context)>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(cameoToPlover))
        {
            var line = StripComment(raw).Trim();
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var code = line[..colon].Trim();
            var parts = line[(colon + 1)..].Split(',').Select(p => p.Trim()).ToArray();
            if (parts[0].Length == 0) continue;
            plover[code] = (parts[0], parts.Length > 1 ? parts[1] : "", parts.Length > 2 ? parts[2].Replace(' ', '_').Replace(";_", ";") : "");
        }
        // PLOVER drops CAMEO's 01 (statements) and 02 (appeals) as categories (manual, table of CAMEO roots); its REQUEST
        // is where asking goes, so Sitrep maps an appeal ("urged", "called on") to REQUEST. Statements stay without a type.
        plover.TryAdd("02", ("REQUEST", "", ""));
        var rows = new List<string>();
        foreach (var r in ResourceFiles.ReadTsv(cameoCodes))
        {
            if (r[0] == "code" || r.Length < 5) continue;
            var code = r[0];
            // The table gives the root's PLOVER type on the root line ("03: AGREE") and details below; a code missing
            // from it takes its nearest listed ancestor's event (0874 → 087 → 08).
            var (ev, mode, context) = Ancestors(code).Select(c => plover.GetValueOrDefault(c)).FirstOrDefault(p => p.Event is not null);
            if (!plover.ContainsKey(code)) mode = "";
            var goldstein = double.TryParse(r[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var g) ? g.ToString(CultureInfo.InvariantCulture) : "";
            rows.Add(string.Join('\t', code, r[3], goldstein, EventCodebook.QuadClassOf(code).ToString(CultureInfo.InvariantCulture), ev ?? "", mode ?? "", context ?? ""));
        }
        ResourceFiles.WriteTsv(outPath,
            "# Sitrep event codes, joined by 'sitrep resources build' from the CAMEO codebook (cameo_codes.tsv: names, Goldstein scores; Gerner, Schrodt et al., CAMEO 1.1b3)\n" +
            "# and the CAMEO→PLOVER table of the PLOVER manual draft 0.8 (CAMEO2PLOVER-2021.txt, Open Event Data Alliance).\n# Statements (01) have no PLOVER event; appeals (02), which PLOVER drops, are mapped to REQUEST by Sitrep.\n" +
            "# code\tname\tgoldstein\tquad class\tplover event\tplover mode\tplover context",
            rows);
        return rows.Count;
    }

    private static IEnumerable<string> Ancestors(string code)
    {
        for (int n = code.Length; n >= 2; n--) yield return code[..n];
    }
}
