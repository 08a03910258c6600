using Sitrep.Nlp.Lexicon;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Mentions;

/// <summary>
/// What the way a word is written says about a name: capitalized words, short all-caps keys written in caps,
/// lone common words that are no names ("Reading", "Mobile"), and headlines shouted in capitals, which say nothing.
/// </summary>
internal sealed class CapitalizationRules(CommonWords common)
{
    public CommonWords Common { get; } = common;

    private static readonly HashSet<string> NotNamesAlone = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "North", "South", "East", "West", "Central", "Middle", "Northern", "Southern", "Eastern", "Western", "Gulf", "Islamic", "Arab",
    };

    /// <summary>Month, weekday and compass words name towns somewhere, but alone in news they almost never do.</summary>
    public static bool IsCalendarOrCompassWord(ReadOnlySpan<char> word) => NotNamesAlone.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// A phrase match counts as a name only when its words are capitalized (particles aside), it is
    /// not a lone common word ("Reading", "Mobile"), and a short all-caps key ("IS") was written in caps.
    /// </summary>
    public bool IsNameSpan(NameContext ctx, int start, int end, Sentence s)
    {
        var text = ctx.Text;
        var first = ctx.Tokens[start];
        var last = ctx.Tokens[end - 1];
        if (!IsCapitalizedWord(ctx, first) || !IsCapitalizedWord(ctx, last)) return false;
        for (int i = start + 1; i < end - 1; i++)
        {
            var t = ctx.Tokens[i];
            if (t.Kind == TokenKind.Word && !char.IsUpper(text[t.Start]) && !NameWords.IsParticle(t.Span(text))) return false;
        }
        if (end - start == 1)
        {
            var w = first.Span(text);
            bool allCaps = IsAllCaps(w);
            if (w.Length <= 3 && !allCaps) return false;
            if (Common.IsCommon(w) && !(allCaps && w.Length >= 2)) return false;
            if (allCaps && w.Length > 5 && IsShouting(ctx, s)) return false;
        }
        return true;
    }

    public static bool IsCapitalizedWord(NameContext ctx, Token t) => t.Kind == TokenKind.Word && char.IsUpper(ctx.Text[t.Start]);

    public static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        bool letter = false;
        foreach (char c in w)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsLetter(c);
        }
        return letter;
    }

    /// <summary>A sentence written all in capitals (a shouted headline) gives no case evidence. Counted once per sentence.</summary>
    private static bool IsShouting(NameContext ctx, Sentence s)
    {
        if (ctx.LastShoutCheck is { } last && last.Sentence == s) return last.Shouting;
        bool shouting = CountShouting(ctx, s);
        ctx.LastShoutCheck = (s, shouting);
        return shouting;
    }

    private static bool CountShouting(NameContext ctx, Sentence s)
    {
        int caps = 0, words = 0;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (ctx.Tokens[i].Kind != TokenKind.Word) continue;
            words++;
            if (IsAllCaps(ctx.Tokens[i].Span(ctx.Text))) caps++;
        }
        return words > 3 && caps * 2 > words;
    }
}
