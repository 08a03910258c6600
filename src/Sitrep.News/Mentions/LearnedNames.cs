using Sitrep.News.Documents;
using Sitrep.Nlp.Matching;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Mentions;

/// <summary>
/// Names an article teaches about itself, learned from the first pass and read in the second: the surname of a
/// full name met earlier ("Rahimov" after "Dilshod Rahimov"), every non-place name as a phrase, and acronyms
/// defined as "Long Form (ACR)" (a known acronym wins even over a mistranslated long form).
/// </summary>
internal sealed class LearnedNames
{
    private readonly PhraseMatcher<(string Key, MentionType Type)> _phrases = new();
    private readonly Dictionary<string, (string Key, MentionType Type)> _acronyms = new(StringComparer.Ordinal);

    /// <summary>After the first pass: surnames of full names, names as phrases, and acronyms defined as "Long Name (ACR)".</summary>
    public void Learn(NameContext ctx, List<NameCandidate> found)
    {
        for (int k = 0; k < found.Count; k++)
        {
            var c = found[k];
            var entity = (Key: c.EntityKey, c.Type);
            var phrase = string.Join(' ', Enumerable.Range(c.Start, c.End - c.Start).Select(ctx.Word));

            // "Long Form (ACR)": the acronym and the long form are one entity; a known acronym's actor wins.
            var known = k + 1 < found.Count && found[k + 1].Start == c.End + 1 && found[k + 1].Actor is not null ? found[k + 1] : null;
            // A known acronym after a long form that is off ("North Atlantic Alliance Organisation (NATO)", a
            // mistranslation) still names it when the first letters agree; an unknown one must spell the initials.
            if (c.End + 2 < ctx.Tokens.Count && ctx.Word(c.End) == "(" && ctx.Word(c.End + 2) == ")" && CapitalizationRules.IsAllCaps(ctx.Span(c.End + 1))
                && (InitialsMatch(ctx.Word(c.End + 1), Enumerable.Range(c.Start, c.End - c.Start).Select(ctx.Word))
                    || (known is not null && c.Type == MentionType.Organization && c.End - c.Start >= 2 && ctx.Word(c.Start)[0] == ctx.Word(c.End + 1)[0])))
            {
                if (known is not null) entity = (known.EntityKey, known.Type);
                _acronyms[ctx.Word(c.End + 1)] = entity;
            }
            if (c.Type == MentionType.Person && c.End - c.Start >= 2)
                _phrases.Add(ctx.Word(c.End - 1), entity);
            if (c.Type != MentionType.Place)
                _phrases.Add(phrase, entity);
        }
    }

    /// <summary>The learned names in a sentence, as candidates that win ties.</summary>
    public void Add(NameContext ctx, Sentence s, CapitalizationRules caps, List<NameCandidate> into)
    {
        // Acronyms first: on a tie the first candidate wins, and "PWC" defined as "Pamir Water Council (PWC)" is that council, not a name of its own.
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (_acronyms.TryGetValue(ctx.Word(i), out var a))
                into.Add(new NameCandidate(i, i + 1, a.Type, CandidateSource.Local, a.Key));
        foreach (var m in _phrases.FindAll(ctx.Keys, s.FirstToken, s.EndToken))
            if (caps.IsNameSpan(ctx, m.StartToken, m.EndToken, s))
                into.Add(new NameCandidate(m.StartToken, m.EndToken, m.Values[0].Type, CandidateSource.Local, m.Values[0].Key));
    }

    /// <summary>An acronym stands for a long form when its letters are the long form's initials, in order, starting with the first.</summary>
    private static bool InitialsMatch(string acronym, IEnumerable<string> words)
    {
        var initials = words.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]).ToArray();
        if (initials.Length < 2 || acronym[0] != initials[0]) return false;
        int k = 0;
        foreach (char c in acronym)
        {
            while (k < initials.Length && initials[k] != c) k++;
            if (k == initials.Length) return false;
            k++;
        }
        return true;
    }
}
