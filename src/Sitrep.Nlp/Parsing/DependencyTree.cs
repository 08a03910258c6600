namespace Sitrep.Nlp.Parsing;

/// <summary>
/// A parsed sentence: for each word (1-based ids, as in CoNLL-U) its head (0 = the root) and its
/// Universal Dependencies relation. Besides the raw arrays it answers the questions that quote
/// attribution and event coding ask of a predicate: who is its subject, what are its objects.
/// </summary>
public sealed class DependencyTree
{
    private readonly int[] _heads;
    private readonly string[] _labels;

    public DependencyTree(IReadOnlyList<int> heads, IReadOnlyList<string> labels)
    {
        if (heads.Count != labels.Count) throw new ArgumentException("heads and labels must have the same length");
        _heads = heads.ToArray();
        _labels = labels.ToArray();
    }

    /// <summary>The number of words.</summary>
    public int Count => _heads.Length;

    /// <summary>Heads per word in order (word i at index i - 1): 0 for the root, otherwise the 1-based id of the head.</summary>
    public IReadOnlyList<int> Heads => _heads;

    /// <summary>Relations per word in order (word i at index i - 1), e.g. "nsubj", "obl:tmod", "root".</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The head of word <paramref name="id"/> (1-based): 0 for the root.</summary>
    public int Head(int id) => _heads[Index(id)];

    /// <summary>The relation of word <paramref name="id"/> (1-based) to its head.</summary>
    public string Label(int id) => _labels[Index(id)];

    /// <summary>The id of the word attached to the root (the first one if there are several), or 0 for an empty tree.</summary>
    public int Root
    {
        get
        {
            for (int i = 0; i < _heads.Length; i++) if (_heads[i] == 0) return i + 1;
            return 0;
        }
    }

    /// <summary>The dependents of word <paramref name="id"/> (0 for the root's), in sentence order.</summary>
    public IReadOnlyList<int> Dependents(int id)
    {
        var found = new List<int>();
        for (int i = 0; i < _heads.Length; i++) if (_heads[i] == id) found.Add(i + 1);
        return found;
    }

    /// <summary>
    /// The dependents of word <paramref name="id"/> whose relation is one of <paramref name="relations"/>.
    /// A relation without a subtype also matches its subtypes ("obl" matches "obl:tmod"); one with a
    /// subtype matches only itself.
    /// </summary>
    public IReadOnlyList<int> Dependents(int id, params string[] relations)
    {
        var found = new List<int>();
        for (int i = 0; i < _heads.Length; i++)
        {
            if (_heads[i] != id) continue;
            foreach (var r in relations)
            {
                if (Matches(_labels[i], r)) { found.Add(i + 1); break; }
            }
        }
        return found;
    }

    /// <summary>Nominal and clausal subjects of a predicate, active or passive (nsubj, nsubj:pass, csubj, csubj:pass, nsubj:outer…).</summary>
    public IReadOnlyList<int> Subjects(int id) => Dependents(id, "nsubj", "csubj");

    /// <summary>Direct objects of a predicate (obj).</summary>
    public IReadOnlyList<int> Objects(int id) => Dependents(id, "obj");

    /// <summary>Indirect objects of a predicate (iobj).</summary>
    public IReadOnlyList<int> IndirectObjects(int id) => Dependents(id, "iobj");

    /// <summary>Oblique arguments and adjuncts (obl and its subtypes: obl:tmod, obl:npmod, obl:agent…).</summary>
    public IReadOnlyList<int> Obliques(int id) => Dependents(id, "obl");

    /// <summary>Clausal complements (ccomp, xcomp): what a speech verb's quote or an attempt verb's action hangs from.</summary>
    public IReadOnlyList<int> Complements(int id) => Dependents(id, "ccomp", "xcomp");

    /// <summary>True when the predicate is passive: it has a passive subject or a passive auxiliary.</summary>
    public bool IsPassive(int id) => Dependents(id, "nsubj:pass", "csubj:pass", "aux:pass").Count > 0;

    private static bool Matches(string label, string relation)
    {
        if (label.Length == relation.Length) return string.Equals(label, relation, StringComparison.Ordinal);
        return relation.IndexOf(':') < 0 && label.Length > relation.Length && label[relation.Length] == ':'
            && label.StartsWith(relation, StringComparison.Ordinal);
    }

    private int Index(int id)
    {
        if (id < 1 || id > _heads.Length) throw new ArgumentOutOfRangeException(nameof(id), id, "word ids run from 1 to Count");
        return id - 1;
    }
}
