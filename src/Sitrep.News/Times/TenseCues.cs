using System.Collections.Frozen;

namespace Sitrep.News.Times;

/// <summary>
/// Guesses the tense of the clause around a token span from nearby auxiliaries and verb forms,
/// the way TempEval systems anchor "on Wednesday" or "in May" to the DCT: the closest cue wins,
/// looking left first (news puts the verb before the date: "said on Wednesday") and then right
/// ("On Wednesday, the minister said").
/// </summary>
internal static class TenseCues
{
    private const int LeftWindow = 8;
    private const int RightWindow = 6;
    private const int OpeningRightWindow = 12;
    private const int OpeningReach = 2;

    // "wo" is the first half of "won't" as the tokenizer splits it ("wo" "n't").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureWords = Set(
        "will", "'ll", "wo", "shall", "would", "going", "due", "expected", "scheduled",
        "upcoming", "next", "expects", "expect", "preparing", "until",
        // Scheduling verbs in the present look ahead in news: "the envoy meets Albright Monday", "talks resume Tuesday".
        "meets", "meet", "visits", "resume", "resumes", "begins", "opens", "arrives", "travels", "heads", "returns", "expires");

    /// <summary>Words of intent that look ahead before a to-infinitive ("plans to visit"), not as nouns ("announced the plan", "vacation plans").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntentVerbs = Set(
        "plan", "plans", "intend", "intends", "aim", "aims", "hope", "hopes", "want", "wants");

    /// <summary>Participles of planning, which look ahead unless they qualify a noun ("the planned visit").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanningWords = Set("planned", "planning");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastAuxiliaries = Set(
        "was", "were", "had", "did", "ago", "last", "since");

    /// <summary>Irregular past forms that are not also present forms or common nouns ("read", "set", "cut" are left out).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastVerbs = Set(
        "said", "told", "took", "made", "came", "went", "began", "left", "met", "saw",
        "gave", "held", "won", "lost", "fled", "fell", "led", "sent", "spoke", "wrote", "struck", "became", "brought",
        "fought", "found", "got", "heard", "kept", "knew", "paid", "rose", "shot", "sold", "stood", "thought",
        "withdrew", "bought", "sought", "caught", "taught", "built", "spent", "meant", "dealt", "felt", "drew", "drove",
        "grew", "threw", "flew", "broke", "chose", "froze", "stole", "wore", "tore", "swore", "rode", "ran", "sang",
        "sank", "sat", "slept", "fed", "bled", "hid", "forgot", "forgave", "overcame", "undertook", "upheld",
        "withheld", "understood", "ate", "awoke", "blew", "clung", "crept", "dug", "hung", "knelt", "lent", "shook",
        "shrank", "sprang", "stuck", "swept", "swung", "woke", "wept", "overtook", "mistook", "foresaw");

    /// <summary>Words ending in -ed that are not past verbs.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPast = Set(
        "need", "speed", "indeed", "hundred", "proceed", "exceed", "succeed", "embed", "breed", "creed", "greed", "bleed",
        "united", "expected", "scheduled", "planned");

    /// <summary>Auxiliaries after which a participle says nothing about tense: "will be held", "to be signed".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeutralAux = Set(
        "be", "been", "being", "to", "is", "are", "not");

    /// <summary>After a determiner, or "still" before an adjective ("a still unspecified date"), an -ed word qualifies a noun.</summary>
    private static bool AfterDeterminer(in TokenView v, int k) =>
        v.Has(k - 1) && (TimeLexicon.IsDeterminer(v.Span(k - 1)) || v.Is(k - 1, "still"));

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static Tense Around(in TokenView v, int start, int end)
    {
        for (int k = start - 1; k >= v.First && k >= start - LeftWindow; k--)
        {
            if (v.IsChar(k, ';')) break;
            var t = Cue(v, k);
            if (t != Tense.Unknown) return t;
        }
        // An expression that opens its sentence ("On Tuesday, the league's long-serving president said")
        // takes its tense from the clause after it, however long the subject; one that ends a clause
        // has had its verb already, and a comma ends the look to the right.
        bool opening = start - v.First <= OpeningReach;
        for (int k = end; k < v.End && k < end + (opening ? OpeningRightWindow : RightWindow); k++)
        {
            if (v.IsChar(k, ';') || (!opening && v.IsChar(k, ','))) break;
            var t = Cue(v, k);
            if (t != Tense.Unknown) return t;
        }
        return Tense.Unknown;
    }

    private static Tense Cue(in TokenView v, int k)
    {
        if (!v.IsWord(k)) return Tense.Unknown;
        var w = v.Span(k);
        if (FutureWords.Contains(w)) return Tense.Future;
        if (IntentVerbs.Contains(w)) return v.Is(k + 1, "to") ? Tense.Future : Tense.Unknown;
        if (PlanningWords.Contains(w)) return AfterDeterminer(v, k) ? Tense.Unknown : Tense.Future;
        // "is to end on ...", "is set to resume": be + to-infinitive is a scheduled future.
        if (w.Equals("to", StringComparison.OrdinalIgnoreCase) && (v.IsAny(k - 1, "is", "are") || v.Is(k - 1, "set"))) return Tense.Future;
        // "as soon as Tuesday", "as early as next week": the earliest of times still to come.
        if (w.Equals("as", StringComparison.OrdinalIgnoreCase) && v.IsAny(k - 1, "soon", "early") && v.Is(k - 2, "as")) return Tense.Future;
        // The present perfect looks back: "has been searching since ...", "have met on Monday".
        if ((w.Equals("has", StringComparison.OrdinalIgnoreCase) || w.Equals("have", StringComparison.OrdinalIgnoreCase)) && !v.Is(k + 1, "to"))
            return Tense.Past;
        if (PastAuxiliaries.Contains(w)) return Tense.Past;
        if (!v.IsLowerWord(k)) return Tense.Unknown;
        bool pastForm = PastVerbs.Contains(w) || (w.Length >= 5 && w.EndsWith("ed") && !NotPast.Contains(w));
        if (!pastForm) return Tense.Unknown;
        // After a determiner an -ed word is an adjective: "the reduced dividend", "a planned visit".
        if (AfterDeterminer(v, k)) return Tense.Unknown;
        // A participle after be/to carries the tense of the auxiliary further left: "will be held".
        return v.Has(k - 1) && NeutralAux.Contains(v.Span(k - 1)) ? Tense.Unknown : Tense.Past;
    }
}
