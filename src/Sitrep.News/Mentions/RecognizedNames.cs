using Sitrep.News.Actors;
using Sitrep.News.Documents;
using Sitrep.News.Places;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Mentions;

/// <summary>
/// Candidate names from the trained recognizer (behind <see cref="INameRecognizer"/>), checked against what
/// the lexicons know, plus the capitalization rules' names where it proposed nothing: the recognizer decides
/// where it speaks, the rules keep what it misses (a title or an apposition marks a person it has never seen).
/// </summary>
internal sealed class RecognizedNames(INameRecognizer recognizer, ActorBase actors, Gazetteer places, NameWords names,
    CapitalizationRules caps, CapitalizedRuns runs)
{
    /// <summary>Runs the recognizer over the article once; its spans become token ranges in the context.</summary>
    public void Recognize(NameContext ctx, IReadOnlyList<Sentence> sentences) =>
        ctx.Recognized = ToTokenRanges(ctx.Tokens, recognizer.Recognize(ctx.Text, ctx.Tokens, sentences));

    public void Add(NameContext ctx, Sentence s, List<NameCandidate> into)
    {
        var recognized = new List<NameCandidate>();
        AddRecognized(ctx, s, recognized);
        var rules = new List<NameCandidate>();
        runs.Add(ctx, s, rules);
        into.AddRange(recognized);
        if (recognized.Count == 0 || rules.Count == 0)
        {
            into.AddRange(rules);
            return;
        }
        // The rules' names that overlap none of the recognizer's, by the tokens they cover (not each pair: a sentence may be one long run-on).
        int from = Math.Min(recognized.Min(n => n.Start), rules.Min(r => r.Start));
        var covered = new bool[Math.Max(recognized.Max(n => n.End), rules.Max(r => r.End)) - from];
        foreach (var n in recognized)
            for (int i = n.Start; i < n.End; i++) covered[i - from] = true;
        foreach (var r in rules)
        {
            bool free = true;
            for (int i = r.Start; i < r.End && free; i++) free = !covered[i - from];
            if (free) into.Add(r);
        }
    }

    /// <summary>
    /// The recognizer's names in a sentence: persons and organisations as rule-found names would be,
    /// locations only when the gazetteer knows them (a place needs coordinates); MISC is not an entity here.
    /// </summary>
    private void AddRecognized(NameContext ctx, Sentence s, List<NameCandidate> into)
    {
        // The ranges are in text order: the sentence's are among those from the first that starts in it, not the whole article's.
        var ranges = ctx.Recognized!;
        for (int r = FirstStartingAt(ranges, s.FirstToken); r < ranges.Count && ranges[r].Start < s.EndToken; r++)
        {
            var (spanStart, spanEnd, type) = ranges[r];
            if (spanEnd > s.EndToken) continue;
            foreach (var (start, end) in NamePieces(ctx, s, spanStart, spanEnd))
            {
                // The actor base names this span already; its canonical key beats the recognizer's guess.
                if (actors.Names.LongestAt(ctx.Keys, start, end) is { } actor && actor.EndToken == end) continue;
                if (caps.IsNameSpan(ctx, start, end, s) && IsPlausibleName(ctx, start, end, type)) AddPiece(ctx, start, end, type, into);
            }
        }
    }

    /// <summary>Index of the first range starting at or after <paramref name="token"/> (ranges sorted by start), or the count.</summary>
    private static int FirstStartingAt(List<(int Start, int End, string Type)> ranges, int token)
    {
        int lo = 0, hi = ranges.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (ranges[mid].Start < token) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// The name-like pieces of a recognized span. A recognizer trained on 1990s newswire drifts on other
    /// text ("And Biden needs", "Islamic State and Al-Qaeda branches"): a name is capitalized words,
    /// joined only by particles, and a capitalized common word opening the sentence is not part of it.
    /// </summary>
    private IEnumerable<(int Start, int End)> NamePieces(NameContext ctx, Sentence s, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            while (i < end && !CapitalizationRules.IsCapitalizedWord(ctx, ctx.Tokens[i])) i++;
            if (i < end && (i == s.FirstToken || ctx.Word(i) == "The") && caps.Common.IsCommon(ctx.Span(i)) && !names.IsGivenName(ctx.Span(i))) { i++; continue; }
            int j = i;
            while (j < end && (CapitalizationRules.IsCapitalizedWord(ctx, ctx.Tokens[j])
                               || (NameWords.IsParticle(ctx.Span(j)) && j + 1 < end && CapitalizationRules.IsCapitalizedWord(ctx, ctx.Tokens[j + 1]))
                               || (ctx.Tokens[j].Length == 1 && ctx.Text[ctx.Tokens[j].Start] is '.' or '-' && j + 1 < end && CapitalizationRules.IsCapitalizedWord(ctx, ctx.Tokens[j + 1]))))
                j++;
            if (j > i) yield return (i, j);
            i = Math.Max(j, i + 1);
        }
    }

    /// <summary>
    /// Checks a recognized name against what the lexicons know: a demonym or region word alone
    /// ("Central Asian", "Muslim") is no entity; a person's words are names, not common words
    /// ("Combat-Readiness Check Amid Rising" is a headline); an organisation made of common words
    /// needs a head word ("Joint Chiefs of Staff") to count; titles are no part of a name ("US President").
    /// </summary>
    private bool IsPlausibleName(NameContext ctx, int start, int end, string type)
    {
        bool allDescriptive = true, anyCommon = false, anyHead = false, anyTitle = false;
        for (int i = start; i < end; i++)
        {
            var w = ctx.Span(i);
            if (NameWords.IsParticle(w)) continue;
            allDescriptive &= places.CountryOfDemonym(w) is not null || CapitalizationRules.IsCalendarOrCompassWord(w) || NameWords.IsGroupDescriptor(w);
            anyCommon |= caps.Common.IsCommon(w) && !names.IsGivenName(w) && !CapitalizationRules.IsAllCaps(w);
            anyHead |= NameWords.IsOrganizationHead(w);
            anyTitle |= NameWords.IsTitle(w) && !NameWords.IsOrganizationHead(w) && !names.IsGivenName(w);
        }
        if (allDescriptive) return false;
        var last = ctx.Span(end - 1);
        if (NameWords.IsTitle(last) && !anyHead) return false;
        return type switch
        {
            "PER" => !anyCommon && !anyTitle,
            "ORG" => !anyCommon || anyHead,
            _ => true,
        };
    }

    private void AddPiece(NameContext ctx, int start, int end, string type, List<NameCandidate> into)
    {
        switch (type)
        {
            case "PER":
                into.Add(new NameCandidate(start, end, MentionType.Person, CandidateSource.Run, "person:" + ctx.FoldedName(start, end)));
                break;
            case "ORG":
                into.Add(new NameCandidate(start, end, MentionType.Organization, CandidateSource.Run, "org:" + ctx.FoldedName(start, end)));
                break;
            case "LOC" when places.Names.LongestAt(ctx.Keys, start, end) is { } m && m.EndToken == end:
                into.Add(new NameCandidate(start, end, MentionType.Place, CandidateSource.Run, "", Places: m.Values));
                break;
        }
    }

    /// <summary>Character spans to token ranges: the tokens a span covers, sorted by their first token.</summary>
    private static List<(int Start, int End, string Type)> ToTokenRanges(IReadOnlyList<Token> tokens, IReadOnlyList<NamedSpan> spans)
    {
        var ranges = new List<(int, int, string)>(spans.Count);
        int t = 0;
        foreach (var span in spans.OrderBy(x => x.Start))
        {
            while (t < tokens.Count && tokens[t].End <= span.Start) t++;
            int end = t;
            while (end < tokens.Count && tokens[end].Start < span.End) end++;
            if (end > t) ranges.Add((t, end, span.Type));
        }
        return ranges;
    }
}
