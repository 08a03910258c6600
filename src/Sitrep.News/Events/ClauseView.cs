using Sitrep.News.Documents;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Events;

/// <summary>
/// One parsed sentence as the event coder walks it: depths, subtrees, the words a pattern may use on either side of
/// a verb without leaving its clause, its subjects (a governor's when it has none) and its objects.
/// </summary>
internal sealed class ClauseView(ArticleSyntax syntax, Sentence sentence)
{
    /// <summary>
    /// Relations that open another clause or list: words under them are not the verb's. A "said that …" clause is its own
    /// event, never a pattern word of "said".
    /// </summary>
    private static readonly HashSet<string> Breaks = new(StringComparer.Ordinal)
    { "conj", "parataxis", "advcl", "acl", "acl:relcl", "punct", "dep", "cc", "list", "reparandum", "discourse", "vocative", "appos", "ccomp", "csubj" };

    /// <summary>Prepositions whose phrase may hold the target when the verb has no object.</summary>
    private static readonly HashSet<string> TargetPrepositions = new(StringComparer.Ordinal)
    { "AGAINST", "WITH", "TO", "ON", "AT", "INTO", "TOWARD", "TOWARDS", "FOR", "FROM", "OVER", "UPON" };

    public Sentence Sentence => sentence;
    public int Start => sentence.FirstToken;
    public int End => sentence.EndToken;

    public int Depth(int t)
    {
        int d = 0;
        for (int h = syntax.Head(t); h >= 0 && d < End - Start; h = syntax.Head(h)) d++;
        return d;
    }

    /// <summary>The token and everything under it.</summary>
    public List<int> Subtree(int t)
    {
        var list = new List<int>();
        var stack = new Stack<int>();
        stack.Push(t);
        while (stack.Count > 0 && list.Count <= End - Start)
        {
            int x = stack.Pop();
            list.Add(x);
            foreach (var d in syntax.Dependents(x)) stack.Push(d);
        }
        return list;
    }

    /// <summary>Whether <paramref name="t"/> is under <paramref name="v"/> without crossing into another clause.</summary>
    public bool InClause(int t, int v, int maxSteps = 8)
    {
        for (int steps = 0; steps < maxSteps; steps++)
        {
            int h = syntax.Head(t);
            if (h < 0 || Breaks.Contains(syntax.Label(t))) return false;
            if (h == v) return true;
            t = h;
        }
        return false;
    }

    /// <summary>The words of the verb's clause within <paramref name="window"/> tokens after (or before) it, in text order.</summary>
    public List<(int Token, string Key)> Words(int v, bool after, int window, string[] keys)
    {
        var words = new List<(int, string)>();
        if (after)
        {
            for (int t = v + 1; t < End && t <= v + window; t++)
                if (InClause(t, v)) words.Add((t, keys[t]));
        }
        else
        {
            for (int t = Math.Max(Start, v - window); t < v; t++)
                if (InClause(t, v)) words.Add((t, keys[t]));
        }
        return words;
    }

    /// <summary>The nominal a word belongs to: "of" → "district" in "of Garmsir district", "Garmsir" → "district".</summary>
    public int PhraseHead(int t)
    {
        for (int steps = 0; steps < 4; steps++)
        {
            var label = syntax.Label(t);
            int h = syntax.Head(t);
            if (h < 0 || label is not ("case" or "compound" or "flat" or "amod" or "det" or "nummod")) break;
            t = h;
        }
        return t;
    }

    /// <summary>The preposition (case marker) of a nominal, upper case, or null.</summary>
    public string? Preposition(int t, string[] keys)
    {
        foreach (var d in syntax.Dependents(t))
            if (syntax.Label(d) == "case") return keys[d].ToUpperInvariant();
        return null;
    }

    /// <summary>
    /// The verb's subjects; a verb without one takes its governor's when it is controlled or coordinated
    /// ("agreed to cooperate", "attacked and took"), up to three steps.
    /// </summary>
    public List<int> Subjects(int v)
    {
        for (int steps = 0; steps < 4; steps++)
        {
            // A phrase with a preposition is no subject, whatever the parser says ("According to the ministry, …").
            var subjects = syntax.Dependents(v, "nsubj").Where(t => !syntax.Dependents(t, "case").Any()).ToList();
            // Two subjects is a misparse, most often a dateline ("JERUSALEM (AP) -- Israeli troops raided …"): the one
            // nearest the verb is the subject.
            if (subjects.Count > 1) subjects = [subjects.Where(t => t < v).DefaultIfEmpty(subjects[0]).Max()];
            if (subjects.Count > 0) return subjects;
            var label = syntax.Label(v);
            int h = syntax.Head(v);
            // "Turkish troops attacked …" misread as a noun phrase with a participle: a past-tense verb with an object
            // that modifies a noun has that noun as its subject (a true participle is VBN: "troops stationed in …").
            // A sentence whose root is that noun has no other verb to be the main one: the same misreading.
            if (h >= 0 && label == "acl" && (syntax.Xpos(v) == "VBD" && syntax.Objects(v).Any() || syntax.Head(h) < 0 && syntax.Upos(h) is "NOUN" or "PROPN")) return [h];
            if (h < 0 || label is not ("xcomp" or "conj")) return [];
            // "Biden ordered the troops to leave": the object of the governor controls the infinitive.
            if (label == "xcomp" && syntax.Objects(h).FirstOrDefault(-1) is var o and >= 0) return [o];
            v = h;
        }
        return [];
    }

    /// <summary>
    /// Where the target may be, best first: the object (and the pattern's prepositional phrase before it when the pattern
    /// names one), then a phrase after a preposition that takes targets, then such a phrase under the object ("launched
    /// an attack on the city").
    /// </summary>
    public List<int> Objects(int v, string[] keys, string? patternPreposition, IReadOnlyCollection<int> patternWords)
    {
        var list = new List<int>();
        var obliques = syntax.Dependents(v, "obl", "nmod").ToList();
        if (patternPreposition is not null)
            list.AddRange(obliques.Where(o => Preposition(o, keys) == patternPreposition));
        list.AddRange(syntax.Dependents(v, "obj", "iobj"));
        list.AddRange(obliques.Where(o => Preposition(o, keys) is { } p && TargetPrepositions.Contains(p) && !list.Contains(o)));
        // "launched an attack on the city", "approved the extradition of X": the phrase under the object.
        foreach (var o in syntax.Dependents(v, "obj").ToList())
            list.AddRange(syntax.Dependents(o, "nmod").Where(n => Preposition(n, keys) is { } p && (TargetPrepositions.Contains(p) || p == "OF")));
        // "agreed to cooperate with X", "took control over X" (parsed as a verb): the object of the verb the pattern goes on with.
        foreach (var x in syntax.Dependents(v, "xcomp").ToList())
        {
            list.AddRange(syntax.Dependents(x, "obj"));
            list.AddRange(syntax.Dependents(x, "obl", "nmod").Where(n => Preposition(n, keys) is { } p && TargetPrepositions.Contains(p)));
            foreach (var o in syntax.Dependents(x, "obj").ToList())
                list.AddRange(syntax.Dependents(o, "nmod").Where(n => Preposition(n, keys) is { } p && TargetPrepositions.Contains(p)));
        }
        return list;
    }

    /// <summary>"did not attack", "never agreed", "no attack"; a verb under a negated governor too ("did not agree to meet").</summary>
    public bool IsNegated(int v, string[] keys)
    {
        for (int steps = 0; steps < 3 && v >= 0; steps++)
        {
            foreach (var d in syntax.Dependents(v))
                if (syntax.Label(d) is "advmod" or "neg" or "det" && keys[d] is "NOT" or "N'T" or "NEVER" or "NO") return true;
            if (syntax.Label(v) != "xcomp") break;
            v = syntax.Head(v);
        }
        return false;
    }
}
