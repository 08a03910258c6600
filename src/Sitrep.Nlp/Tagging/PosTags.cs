using System.Collections;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// The result of tagging one sentence: one <see cref="PosTag"/> (UPOS and XPOS) per input word, in
/// input order. A thin view over the predicted class indices; <see cref="Upos"/> and
/// <see cref="Xpos"/> read one column without building the pair.
/// </summary>
public sealed class PosTags : IReadOnlyList<PosTag>
{
    private readonly PosTagSet _tags;
    private readonly int[] _classes;

    internal PosTags(PosTagSet tags, int[] classes)
    {
        _tags = tags;
        _classes = classes;
    }

    public int Count => _classes.Length;

    public PosTag this[int index] => _tags[_classes[index]];

    /// <summary>The Universal POS tag of word <paramref name="index"/>.</summary>
    public string Upos(int index) => _tags[_classes[index]].Upos;

    /// <summary>The Penn Treebank tag of word <paramref name="index"/>.</summary>
    public string Xpos(int index) => _tags[_classes[index]].Xpos;

    public IEnumerator<PosTag> GetEnumerator()
    {
        for (int i = 0; i < _classes.Length; i++) yield return _tags[_classes[i]];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(' ', this);
}
