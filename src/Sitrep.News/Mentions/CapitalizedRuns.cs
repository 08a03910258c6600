using Sitrep.News.Documents;
using Sitrep.News.Places;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Mentions;

/// <summary>
/// Candidate names from capitalization alone: runs of capitalized words, classified as organisations (a head
/// word such as "Institute") or persons (a title, a given name, an apposition naming a role, a speech verb).
/// </summary>
internal sealed class CapitalizedRuns(Gazetteer places, NameWords names, CapitalizationRules caps)
{
    public void Add(NameContext ctx, Sentence s, List<NameCandidate> into)
    {
        var text = ctx.Text;
        int i = s.FirstToken;
        while (i < s.EndToken)
        {
            if (!CapitalizationRules.IsCapitalizedWord(ctx, ctx.Tokens[i])) { i++; continue; }
            int start = i, end = i + 1;
            while (end < s.EndToken)
            {
                var t = ctx.Tokens[end];
                if (CapitalizationRules.IsCapitalizedWord(ctx, t)) { end++; continue; }
                if (t.Kind == TokenKind.Word && NameWords.IsParticle(t.Span(text)) && end + 1 < s.EndToken && CapitalizationRules.IsCapitalizedWord(ctx, ctx.Tokens[end + 1])) { end += 2; continue; }
                break;
            }
            Classify(ctx, s, start, end, into);
            i = end;
        }
    }

    private void Classify(NameContext ctx, Sentence s, int start, int end, List<NameCandidate> into)
    {
        var common = caps.Common;
        // A capitalized common word opening a sentence ("The", "During") is not part of a name.
        while (start < end && start == s.FirstToken && common.IsCommon(ctx.Span(start)) && !NameWords.IsTitle(ctx.Span(start)))
            start++;
        if (start >= end) return;

        int head = -1;
        for (int i = start; i < end; i++)
            if (NameWords.IsOrganizationHead(ctx.Span(i))) head = i;
        if (head >= 0)
        {
            int orgStart = start;
            while (orgStart < head && (common.IsCommon(ctx.Span(orgStart)) && orgStart == s.FirstToken)) orgStart++;
            int orgEnd = end;
            while (orgEnd > head + 1 && NameWords.IsParticle(ctx.Span(orgEnd - 1))) orgEnd--;
            if (orgEnd - orgStart >= 2 || CapitalizationRules.IsAllCaps(ctx.Span(orgStart)))
                into.Add(new NameCandidate(orgStart, orgEnd, MentionType.Organization, CandidateSource.Run, "org:" + ctx.FoldedName(orgStart, orgEnd)));
            return;
        }

        // Titles, demonyms and country names before a name: "Russian Deputy Foreign Minister Andrey Rudenko".
        bool titled = start > s.FirstToken && IsLowerTitle(ctx, start - 1);
        int nameStart = start;
        while (nameStart < end - 1 && (NameWords.IsTitle(ctx.Span(nameStart)) || places.CountryOfDemonym(ctx.Span(nameStart)) is not null || IsCountryWord(ctx, nameStart)))
        {
            var word = ctx.Span(nameStart);
            titled |= NameWords.IsTitle(word) && !NameWords.IsParticle(word) && !word.Equals("The", StringComparison.Ordinal);
            nameStart++;
        }
        if (NameWords.IsTitle(ctx.Span(nameStart))) return;

        // Split what is left at capitalized common words: "Will Russian Troops Again Battle" holds no name.
        for (int i = nameStart; i < end; i++)
            if (common.IsCommon(ctx.Span(i)) && !names.IsGivenName(ctx.Span(i)))
            {
                if (i > nameStart) AddPerson(ctx, s, nameStart, i, titled, into);
                Classify(ctx, s, i + 1, end, into);
                return;
            }
        AddPerson(ctx, s, nameStart, end, titled, into);
    }

    private void AddPerson(NameContext ctx, Sentence s, int start, int end, bool titled, List<NameCandidate> into)
    {
        int n = end - start;
        if (n == 0 || n > 5) return;
        bool given = names.IsGivenName(ctx.Span(start)) && n >= 2;
        bool speaks = (end < s.EndToken && NameWords.IsSpeechVerb(ctx.Span(end)))
                      || (start > s.FirstToken && NameWords.IsSpeechVerb(ctx.Span(start - 1)));
        titled |= IsFollowedByTitle(ctx, end, s);
        if (n == 1 && !titled && !speaks) return;
        if (n == 1 && CapitalizationRules.IsAllCaps(ctx.Span(start))) return;
        for (int i = start; i < end; i++)
            if (CapitalizationRules.IsCalendarOrCompassWord(ctx.Span(i)) || places.CountryOfDemonym(ctx.Span(i)) is not null) return;
        if (!(given || titled || (speaks && n >= 1))) return;
        into.Add(new NameCandidate(start, end, MentionType.Person, CandidateSource.Run, "person:" + ctx.FoldedName(start, end)));
    }

    private static readonly HashSet<string> LowerTitles = new(StringComparer.Ordinal)
    {
        "spokesman", "spokeswoman", "spokesperson", "minister", "president", "envoy", "representative", "official", "leader",
        "head", "director", "commander", "editor", "chief", "secretary", "ambassador", "general", "analyst", "expert", "adviser",
        "advisor", "senator", "governor", "mayor", "diplomat", "negotiator", "correspondent", "reporter", "researcher", "professor",
        "driver", "farmer", "trader", "resident", "witness", "lawyer", "doctor", "activist", "journalist", "student", "teacher", "worker",
    };

    /// <summary>An apposition that names a role: "Dilshod Rahimov, spokesman for …", "Rahimov, a local official".</summary>
    private static bool IsFollowedByTitle(NameContext ctx, int end, Sentence s)
    {
        if (end + 1 >= s.EndToken || ctx.Word(end) != ",") return false;
        int k = end + 1;
        if (ctx.Word(k) is "a" or "an" or "the") k++;
        while (k < s.EndToken - 1 && k <= end + 4 && !IsLowerTitle(ctx, k) && ctx.Tokens[k].Kind == TokenKind.Word && char.IsLower(ctx.Text[ctx.Tokens[k].Start])) k++;
        return k < s.EndToken && IsLowerTitle(ctx, k);
    }

    private static bool IsLowerTitle(NameContext ctx, int i) =>
        ctx.Tokens[i].Kind == TokenKind.Word && LowerTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(ctx.Span(i));

    /// <summary>
    /// A one-word country name before a title ("US President", "Russia's envoy"): an abbreviation
    /// counts only in capitals ("US", not "us"), a full name only when not shouted in a headline.
    /// </summary>
    private bool IsCountryWord(NameContext ctx, int i)
    {
        if (places.Names.LongestAt(ctx.Keys, i, i + 1) is not { } match || !match.Values.Any(p => p.IsCountry)) return false;
        bool abbreviation = ctx.Tokens[i].Length <= 3;
        return CapitalizationRules.IsAllCaps(ctx.Span(i)) == abbreviation;
    }
}
