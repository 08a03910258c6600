namespace Sitrep.Nlp.Learning;

/// <summary>
/// A read-only map from feature hash to weight row, built once a model is trained or loaded:
/// open addressing with linear probing over flat arrays, at most half full. Lookups of mostly
/// absent features are the hot path of every model; this avoids the Dictionary's buckets and entries.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;
    private readonly int _zeroRow = -1; // hash 0 marks an empty slot, so a feature hashed to 0 is kept apart

    public FeatureTable(IReadOnlyDictionary<ulong, int> rows)
    {
        int capacity = 16;
        while (capacity < rows.Count * 2) capacity <<= 1;
        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        foreach (var (key, row) in rows)
        {
            if (key == 0) { _zeroRow = row; continue; }
            int i = Slot(key);
            while (_keys[i] != 0) i = (i + 1) & _mask;
            _keys[i] = key;
            _rows[i] = row;
        }
    }

    public bool TryGetRow(ulong key, out int row)
    {
        if (key == 0)
        {
            row = _zeroRow;
            return row >= 0;
        }
        for (int i = Slot(key); ; i = (i + 1) & _mask)
        {
            ulong k = _keys[i];
            if (k == key) { row = _rows[i]; return true; }
            if (k == 0) { row = -1; return false; }
        }
    }

    // FNV hashes are well mixed in their high bits; fold them into the index.
    private int Slot(ulong key) => (int)((key ^ (key >> 29) ^ (key >> 47)) & (ulong)_mask);
}
