namespace Sitrep.Nlp.Tagging;

/// <summary>
/// The classes the tagger predicts: each is one (UPOS, XPOS) pair seen in training, so one
/// decision gives both tags and they never contradict each other (EWT has ~100 such pairs).
/// </summary>
internal sealed class PosTagSet
{
    private readonly PosTag[] _tags;
    private readonly Dictionary<(string, string), int> _index = new();

    public PosTagSet(IEnumerable<PosTag> tags)
    {
        _tags = tags.Select(t => new PosTag(string.Intern(t.Upos), string.Intern(t.Xpos))).ToArray();
        for (int i = 0; i < _tags.Length; i++) _index[(_tags[i].Upos, _tags[i].Xpos)] = i;
        if (_index.Count != _tags.Length) throw new ArgumentException("duplicate tag pair", nameof(tags));
    }

    public int Count => _tags.Length;

    public PosTag this[int index] => _tags[index];

    public int IndexOf(string upos, string xpos) => _index.TryGetValue((upos, xpos), out int i) ? i : -1;

    public void Write(BinaryWriter w)
    {
        w.Write(_tags.Length);
        foreach (var t in _tags)
        {
            w.Write(t.Upos);
            w.Write(t.Xpos);
        }
    }

    public static PosTagSet Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var tags = new PosTag[n];
        for (int i = 0; i < n; i++) tags[i] = new PosTag(r.ReadString(), r.ReadString());
        return new PosTagSet(tags);
    }
}
