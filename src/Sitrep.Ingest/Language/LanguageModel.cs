using Sitrep.Nlp.Models;

namespace Sitrep.Ingest.Language;

/// <summary>
/// The weights of the language identifier: multinomial naive Bayes over hashed character n-grams.
/// Each language keeps its most frequent n-grams with log P(n-gram | language) stored as the excess
/// over that language's floor (the smoothed log-probability of an n-gram it never kept), so scoring
/// a text touches only the languages that know each of its n-grams. Immutable and thread-safe.
/// </summary>
public sealed class LanguageModel
{
    private const string Magic = "sitrep-langid";
    private const int FormatVersion = 1;

    private readonly string[] _languages;
    private readonly WritingScript[] _scripts;
    private readonly float[] _floors;
    // Open addressing: slot → key (0 = empty), its first pair and number of pairs.
    private readonly uint[] _keys;
    private readonly int[] _start;
    private readonly byte[] _length;
    private readonly int _mask;
    private readonly byte[] _pairLanguage;
    private readonly float[] _pairExcess;

    /// <param name="ngrams">n-gram hash → (language index, log-probability above the language's floor).</param>
    public LanguageModel(IReadOnlyList<string> languages, IReadOnlyList<WritingScript> scripts, IReadOnlyList<float> floors,
        IReadOnlyDictionary<uint, List<(byte Language, float Excess)>> ngrams)
    {
        if (languages.Count > byte.MaxValue) throw new ArgumentException("at most 255 languages", nameof(languages));
        _languages = [.. languages];
        _scripts = [.. scripts];
        _floors = [.. floors];
        int slots = 1;
        while (slots < ngrams.Count * 2) slots <<= 1;
        _mask = slots - 1;
        _keys = new uint[slots];
        _start = new int[slots];
        _length = new byte[slots];
        _pairLanguage = new byte[ngrams.Values.Sum(p => p.Count)];
        _pairExcess = new float[_pairLanguage.Length];
        int next = 0;
        foreach (var (key, pairs) in ngrams.OrderBy(kv => kv.Key))
        {
            int slot = (int)(Mix(key) & (uint)_mask);
            while (_keys[slot] != 0) slot = (slot + 1) & _mask;
            _keys[slot] = key;
            _start[slot] = next;
            _length[slot] = (byte)pairs.Count;
            foreach (var (language, excess) in pairs.OrderBy(p => p.Language))
            {
                _pairLanguage[next] = language;
                _pairExcess[next++] = excess;
            }
        }
    }

    public IReadOnlyList<string> Languages => _languages;
    public IReadOnlyList<WritingScript> Scripts => _scripts;
    public int NgramCount => _keys.Count(k => k != 0);
    public int PairCount => _pairLanguage.Length;

    /// <summary>
    /// Adds each language's log-likelihood of the n-grams to <paramref name="scores"/> (one per
    /// language, cleared first) and returns how many of the n-grams the model knows; n-grams no
    /// language kept say nothing and are skipped.
    /// </summary>
    public int Score(ReadOnlySpan<uint> hashes, Span<double> scores)
    {
        scores.Clear();
        int known = 0;
        foreach (uint h in hashes)
        {
            int slot = (int)(Mix(h) & (uint)_mask);
            uint k;
            while ((k = _keys[slot]) != 0 && k != h) slot = (slot + 1) & _mask;
            if (k == 0) continue;
            known++;
            int end = _start[slot] + _length[slot];
            for (int p = _start[slot]; p < end; p++) scores[_pairLanguage[p]] += _pairExcess[p];
        }
        for (int l = 0; l < _languages.Length; l++) scores[l] += known * (double)_floors[l];
        return known;
    }

    // FNV-1a's low bits are its weakest: spread them before taking a slot.
    private static uint Mix(uint h) => (h ^ (h >> 15)) * 0x2C1B3C6Du;

    public void Save(string path) => ModelFiles.Save(path, Magic, FormatVersion, w =>
    {
        w.Write(_languages.Length);
        for (int l = 0; l < _languages.Length; l++)
        {
            w.Write(_languages[l]);
            w.Write((byte)_scripts[l]);
            w.Write(_floors[l]);
        }
        var slots = Enumerable.Range(0, _keys.Length).Where(s => _keys[s] != 0).OrderBy(s => _keys[s]).ToList();
        w.Write(slots.Count);
        foreach (int s in slots)
        {
            w.Write(_keys[s]);
            w.Write(_length[s]);
            for (int p = _start[s]; p < _start[s] + _length[s]; p++)
            {
                w.Write(_pairLanguage[p]);
                w.Write((Half)_pairExcess[p]);
            }
        }
    });

    public static LanguageModel Load(string path) => ModelFiles.Load(path, Magic, FormatVersion, r =>
    {
        int n = r.ReadInt32();
        var languages = new string[n];
        var scripts = new WritingScript[n];
        var floors = new float[n];
        for (int l = 0; l < n; l++)
        {
            languages[l] = r.ReadString();
            scripts[l] = (WritingScript)r.ReadByte();
            floors[l] = r.ReadSingle();
        }
        int keys = r.ReadInt32();
        var ngrams = new Dictionary<uint, List<(byte, float)>>(keys);
        for (int i = 0; i < keys; i++)
        {
            uint key = r.ReadUInt32();
            int count = r.ReadByte();
            var pairs = new List<(byte, float)>(count);
            for (int p = 0; p < count; p++) pairs.Add((r.ReadByte(), (float)r.ReadHalf()));
            ngrams[key] = pairs;
        }
        return new LanguageModel(languages, scripts, floors, ngrams);
    });
}
