using Sitrep.News.Mentions;
using Sitrep.News.Places;
using Sitrep.Nlp.Tokens;
using Sitrep.News.Actors;
using Sitrep.News.Documents;

namespace Sitrep.News.Agents;

/// <summary>
/// Codes the groups and offices an article names without a name, after the names are found: an agent
/// phrase ("security forces", "official", "president") takes its country or actor from the word before it
/// (a demonym, a country, an organisation: "Afghan security forces" AFGMIL, "a NATO official" IGOWSTNAT,
/// "Russia's army" RUSMIL) or from an "of" after it ("the president of Afghanistan"). An office with a
/// country, on a known date, links to the one person who held it ("the US President" in 2021 is Joe Biden);
/// the mentions step makes that span a mention of the person. An organisation found by rules whose name is a demonym
/// and an agent ("Tajik Army") gets the agent's code.
/// </summary>
public sealed class AgentFinder(AgentBase agents, ActorBase actors, Gazetteer places)
{
    /// <summary>Words that may stand between a qualifier and its agent ("the Afghan senior officials" aside).</summary>
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "senior", "top", "local", "regional", "provincial", "national", "new", "current", "former", "acting", "interim", "deputy", "vice", "then", "late",
    };

    /// <summary>Modifiers after which an office names someone other than its holder on the day.</summary>
    private static readonly HashSet<string> NotTheHolder = new(StringComparer.OrdinalIgnoreCase) { "former", "deputy", "vice", "then", "late", "acting", "interim", "new" };

    /// <summary>Roles worth reporting without a country ("militants", "the president"); an unqualified "region" or "people" says nothing.</summary>
    private static readonly HashSet<string> UnqualifiedRoles = new(StringComparer.Ordinal) { "GOV", "MIL", "REB", "UAF", "COP", "SPY", "INS", "IMG", "JUD", "OPP", "REF" };

    public List<Agent> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, string[] keys,
        IReadOnlyList<Mention> mentions, DateOnly? date)
    {
        var found = new List<Agent>();
        // Token index → the mention covering it; mention → its token range.
        var cover = new Mention?[tokens.Count];
        var range = new Dictionary<Mention, (int Start, int End)>(ReferenceEqualityComparer.Instance);
        int t = 0;
        foreach (var m in mentions)
        {
            while (t < tokens.Count && tokens[t].End <= m.Start) t++;
            int e = t;
            while (e < tokens.Count && tokens[e].Start < m.End) cover[e++] = m;
            if (e > t) range[m] = (t, e);
        }
        var coded = new HashSet<Mention>(ReferenceEqualityComparer.Instance);

        foreach (var s in sentences)
            foreach (var match in agents.Phrases.FindAll(keys, s.FirstToken, s.EndToken))
            {
                var phrase = match.Values[0];
                int start = match.StartToken, end = match.EndToken;
                // CAMEO's NON and UNK agents ("border", "region") code nothing.
                if (phrase.Code.StartsWith("NON", StringComparison.Ordinal) || phrase.Code.StartsWith("UNK", StringComparison.Ordinal)) continue;
                if (cover[start] is { } inside)
                {
                    // Inside a rule-found organisation ("Tajik Army units" read only up to "Army"): code it by its demonym.
                    if (inside.ActorId is null && inside.Type == MentionType.Organization && range[inside].Start < start
                        && agents.Phrases.LongestAt(keys, start, range[inside].End) is { EndToken: var innerEnd } inner && innerEnd == range[inside].End
                        && inner.Values[0].Code is { Length: > 0 } role && CountryCode(text, tokens, range[inside].Start) is { } cc && coded.Add(inside))
                        found.Add(new Agent(inside.Start, inside.End, inside.Text, cc + role));
                    continue;
                }
                if (cover[end - 1] is not null) continue;
                // A title before a name ("President Biden", "Deputy Foreign Minister Andrey Rudenko") belongs to the name.
                if (IsTitleOfName(text, tokens, cover, end, s.EndToken)) continue;

                bool holder = true;
                int first = start;
                int k = start - 1;
                while (k >= s.FirstToken && Modifiers.Contains(tokens[k].Text(text)))
                {
                    holder &= !NotTheHolder.Contains(tokens[k].Text(text));
                    k--;
                }
                string? qualifier = null;
                if (k >= s.FirstToken)
                {
                    int q = k;
                    if (tokens[k].Text(text) is "'s" or "’s" && k - 1 >= s.FirstToken) q = k - 1;
                    if (cover[q] is { } m && range[m].End == q + 1) { qualifier = MentionCode(m, date); if (qualifier is not null) first = range[m].Start; }
                    else if (q == k && CountryCode(text, tokens, q) is { } demonym) { qualifier = demonym; first = q; }
                }
                int last = end;
                if (qualifier is null && end + 1 < s.EndToken && keys[end] == "OF")
                {
                    // Keys are folded to upper case.
                    int q = keys[end + 1] == "THE" ? end + 2 : end + 1;
                    if (q < s.EndToken && cover[q] is { } m && range[m].Start == q && MentionCode(m, date) is { } c) { qualifier = c; last = range[m].End; }
                }
                if (qualifier is null && (phrase.Code.Length < 3 || !UnqualifiedRoles.Contains(phrase.Code[..3])
                                          || (start > s.FirstToken && !char.IsLower(text[tokens[start].Start])))) continue;
                first = Math.Min(first, start);
                // "the former US President": a modifier before the qualifier counts too.
                for (int b = first - 1; b >= Math.Max(s.FirstToken, first - 2); b--)
                    holder &= !NotTheHolder.Contains(tokens[b].Text(text));
                int spanStart = tokens[first].Start, spanEnd = tokens[last - 1].End;
                var surface = text[spanStart..spanEnd];

                Actor? person = null;
                if (phrase.IsOffice && holder && qualifier is not null && date is not null)
                    person = actors.OfficeHolder(string.Join(' ', keys[start..end]), qualifier.Length is 3 or 6 ? qualifier[..3] : qualifier, date.Value);
                if (person is not null)
                    found.Add(new Agent(spanStart, spanEnd, surface, person.CodeOn(date) ?? Combine(qualifier, phrase.Code), person.Id));
                else
                    found.Add(new Agent(spanStart, spanEnd, surface, Combine(qualifier, phrase.Code)));
            }
        ShortForms(text, tokens, sentences, keys, mentions, cover, date, found);
        return found;
    }

    /// <summary>
    /// The kind of organisation a short form stands for: "the alliance", "the bloc" and "the organisation" are
    /// intergovernmental (CAMEO IGO…); "the movement", "the group", "the militia" and "the insurgents" are armed
    /// or insurgent groups (roles INS, REB, UAF, IMG, MIL, or IMG… codes).
    /// </summary>
    private static readonly Dictionary<string, bool> ShortFormHeads = new(StringComparer.Ordinal)
    {
        ["ALLIANCE"] = true, ["BLOC"] = true, ["ORGANISATION"] = true, ["ORGANIZATION"] = true, ["COALITION"] = true,
        ["MOVEMENT"] = false, ["GROUP"] = false, ["MILITIA"] = false, ["INSURGENTS"] = false, ["INSURGENCY"] = false,
    };

    private static bool FitsShortForm(string code, bool intergovernmental) =>
        intergovernmental
            ? code.StartsWith("IGO", StringComparison.Ordinal)
            : code.StartsWith("IMG", StringComparison.Ordinal) || (code.Length >= 6 && code[3..6] is "INS" or "REB" or "UAF" or "IMG");

    /// <summary>Sentences back that a short form may reach for the organisation it stands for.</summary>
    private const int ShortFormReach = 3;

    /// <summary>
    /// Short forms of organisations: "the alliance" after NATO, "the movement" or "the group" after the Taliban
    /// stand for the organisation named last within a few sentences whose code fits the word. The span becomes
    /// a mention of that organisation and an agent with its code. A word that begins a name ("the Alliance for
    /// Progress"), or is followed by "of" ("the group of seven"), is left alone.
    /// </summary>
    private void ShortForms(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, string[] keys,
        IReadOnlyList<Mention> mentions, Mention?[] cover, DateOnly? date, List<Agent> found)
    {
        bool sorted = true;
        for (int m = 1; m < mentions.Count && sorted; m++) sorted = mentions[m - 1].Start <= mentions[m].Start;
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            for (int i = s.FirstToken + 1; i < s.EndToken; i++)
            {
                if (keys[i - 1] != "THE" || cover[i] is not null || cover[i - 1] is not null || !ShortFormHeads.TryGetValue(keys[i], out var igo)) continue;
                if (!char.IsLower(text[tokens[i].Start])) continue;
                if (i + 1 < s.EndToken && (keys[i + 1] == "OF" || char.IsUpper(text[tokens[i + 1].Start]) && tokens[i + 1].Kind == TokenKind.Word)) continue;
                int from = sentences[Math.Max(0, si - ShortFormReach)].FirstToken;
                Actor? org = null;
                for (int m = LastStartingAtOrBefore(mentions, tokens[i - 1].Start, sorted); m >= 0; m--)
                {
                    var mention = mentions[m];
                    if (mention.End > tokens[i - 1].Start) continue;
                    if (mention.Start < tokens[from].Start) break;
                    if (mention.ActorId is { } aid && actors.ById(aid) is { Kind: ActorKind.Organization } a && a.CodeOn(date) is { } code && FitsShortForm(code, igo))
                    {
                        org = a;
                        break;
                    }
                }
                if (org is null) continue;
                int start = tokens[i - 1].Start, end = tokens[i].End;
                var surface = text[start..end];
                found.Add(new Agent(start, end, surface, org.CodeOn(date)!, org.Id));
            }
        }
    }

    /// <summary>
    /// Where a backward search for a mention ending at or before <paramref name="position"/> begins: the last mention
    /// starting at or before it, found by halving when the mentions are in text order (one starting after it ends
    /// after it), else the last mention; not every mention of the article for each short form.
    /// </summary>
    private static int LastStartingAtOrBefore(IReadOnlyList<Mention> mentions, int position, bool sorted)
    {
        if (!sorted) return mentions.Count - 1;
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Start <= position) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }

    /// <summary>
    /// Country + role: "AFG" + "MIL". An actor qualifier keeps its own code, since its people act for it
    /// ("a Taliban spokesman" is AFGINS); without a qualifier the country is "---", as in Phoenix data.
    /// </summary>
    private static string Combine(string? qualifier, string role) => qualifier switch
    {
        null => "---" + role,
        { Length: 3 } => qualifier + role,
        _ => qualifier,
    };

    /// <summary>The code a mention lends an agent after it: a country's three letters, an actor's code on the date.</summary>
    private string? MentionCode(Mention m, DateOnly? date)
    {
        if (m.PlaceId is { } pid) return places.ById(pid) is { IsCountry: true } p ? p.Country3 : null;
        if (m.ActorId is { } aid && actors.ById(aid) is { Kind: ActorKind.Organization } a) return a.CodeOn(date);
        return null;
    }

    /// <summary>Whether capitalized words after an agent lead straight into a person's name.</summary>
    private static bool IsTitleOfName(string text, IReadOnlyList<Token> tokens, Mention?[] cover, int end, int limit)
    {
        int j = end;
        while (j < limit && cover[j] is null && tokens[j].Kind == TokenKind.Word && (char.IsUpper(text[tokens[j].Start]) || tokens[j].Text(text) is "of" or "for" or "the")) j++;
        return j < limit && cover[j] is { Type: MentionType.Person } && tokens[j].Start - tokens[j - 1].End <= 1;
    }

    /// <summary>A demonym's country code: "Afghan" → AFG.</summary>
    private string? CountryCode(string text, IReadOnlyList<Token> tokens, int i)
    {
        var word = tokens[i].Span(text);
        return places.CountryOfDemonym(word) is { } iso2 && places.Country(iso2) is { } country ? country.Country3 : null;
    }
}
