using Sitrep.Nlp.Clusters;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Matching;

namespace Sitrep.Nlp.Entities;

/// <summary>
/// Everything about a document's words that does not depend on the tags being predicted, computed
/// once before decoding: hashes of each word and its lower-case form, shapes, cluster profiles,
/// gazetteer marks, whether the sentence is an ALL-CAPS headline, and how the word is cased
/// elsewhere in the same document. Flat arrays over all the document's words.
/// </summary>
internal sealed class PreparedDocument
{
    public required int[] SentenceStarts { get; init; }
    public required ulong[] Word { get; init; }
    public required ulong[] Lower { get; init; }
    public required ulong[] Shape { get; init; }
    public required byte[] Kind { get; init; }
    public required WordProfile[] Profile { get; init; }
    public required uint[] Gazetteer { get; init; }
    public required byte[] DocumentCase { get; init; }
    public required bool[] CapsSentence { get; init; }
    public required string[][] Words { get; init; }

    /// <summary>The lower-case hashes of each word's left and right neighbours in its sentence (1 and 2 at the edges).</summary>
    public required ulong[] LeftLower { get; init; }

    public required ulong[] RightLower { get; init; }

    /// <summary>Where each capitalized word occurs in the document (flat indices, in order), by lower-case hash.</summary>
    public required Dictionary<ulong, List<int>> Occurrences { get; init; }

    public int SentenceCount => SentenceStarts.Length - 1;

    /// <summary>Coarse word kinds for conjunctions.</summary>
    public const byte Lowercase = 0, Capitalized = 1, AllCaps = 2, MixedCase = 3, Numeric = 4, Other = 5;

    public static readonly WordProfile NoProfile = new(WordCluster.None, WordProfiles.UnknownCase);

    public static PreparedDocument Create(IReadOnlyList<IReadOnlyList<string>> sentences, WordProfiles profiles, NameGazetteers gazetteers)
    {
        int total = 0;
        var starts = new int[sentences.Count + 1];
        for (int s = 0; s < sentences.Count; s++) { starts[s] = total; total += sentences[s].Count; }
        starts[^1] = total;

        var doc = new PreparedDocument
        {
            SentenceStarts = starts,
            Word = new ulong[total],
            Lower = new ulong[total],
            Shape = new ulong[total],
            Kind = new byte[total],
            Profile = new WordProfile[total],
            Gazetteer = new uint[total],
            DocumentCase = new byte[total],
            CapsSentence = new bool[sentences.Count],
            Words = new string[sentences.Count][],
            LeftLower = new ulong[total],
            RightLower = new ulong[total],
            Occurrences = new Dictionary<ulong, List<int>>(),
        };
        // How each lower-cased word is written in this document's ordinary (not all-caps) sentences,
        // away from the sentence start: bit 0 lower seen, bit 1 capitalized seen. Reads the whole
        // document first, so a headline can borrow the casing of the story below it.
        var seen = new Dictionary<ulong, byte>();
        Span<char> shape = stackalloc char[16];
        for (int s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var array = doc.Words[s] = words as string[] ?? words.ToArray();
            int caps = 0, cased = 0;
            for (int i = 0; i < words.Count; i++)
            {
                int t = starts[s] + i;
                var w = words[i].AsSpan();
                doc.Word[t] = FeatureHash.Add(0, w);
                doc.Lower[t] = FeatureHash.AddLower(0, w);
                int length = ShapeOf(w, shape);
                doc.Shape[t] = FeatureHash.Add(0, shape[..length]);
                byte kind = KindOf(w);
                doc.Kind[t] = kind;
                doc.Profile[t] = profiles.TryGet(w, out var p) ? p : NoProfile;
                if (kind is AllCaps or Capitalized or Lowercase or MixedCase) { cased++; if (kind == AllCaps) caps++; }
            }
            // A headline or a sports table: most cased words all caps (single letters count as caps).
            doc.CapsSentence[s] = cased >= 2 && caps * 10 >= cased * 7;
            if (!doc.CapsSentence[s])
            {
                for (int i = 1; i < words.Count; i++)
                {
                    int t = starts[s] + i;
                    byte bit = doc.Kind[t] switch { Lowercase => 1, Capitalized => 2, _ => 0 };
                    if (bit == 0) continue;
                    seen.TryGetValue(doc.Lower[t], out byte b);
                    seen[doc.Lower[t]] = (byte)(b | bit);
                }
            }
            var keys = new string[words.Count];
            for (int i = 0; i < keys.Length; i++) keys[i] = TokenKey.Fold(words[i]);
            gazetteers.Mark(keys, doc.Gazetteer.AsSpan(starts[s], words.Count));
        }
        for (int t = 0; t < total; t++) doc.DocumentCase[t] = seen.TryGetValue(doc.Lower[t], out byte b) ? b : (byte)0;
        for (int s = 0; s < sentences.Count; s++)
        {
            for (int t = starts[s]; t < starts[s + 1]; t++)
            {
                doc.LeftLower[t] = t > starts[s] ? doc.Lower[t - 1] : 1;
                doc.RightLower[t] = t + 1 < starts[s + 1] ? doc.Lower[t + 1] : 2;
                if (doc.Kind[t] is not (Capitalized or AllCaps or MixedCase)) continue;
                if (!doc.Occurrences.TryGetValue(doc.Lower[t], out var list)) doc.Occurrences[doc.Lower[t]] = list = [];
                list.Add(t);
            }
        }
        return doc;
    }

    /// <summary>The word's shape with runs collapsed: "Kabul" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d", at most 16 chars.</summary>
    public static int ShapeOf(ReadOnlySpan<char> word, Span<char> shape)
    {
        int n = 0;
        char last = '\0';
        foreach (char c in word)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last && s is 'X' or 'x' or 'd') continue;
            if (n == shape.Length) break;
            shape[n++] = last = s;
        }
        return n;
    }

    public static byte KindOf(ReadOnlySpan<char> word)
    {
        bool upper = false, lower = false, digit = false, letter = false;
        foreach (char c in word)
        {
            if (char.IsLetter(c)) { letter = true; if (char.IsUpper(c)) upper = true; else lower = true; }
            else if (char.IsDigit(c)) digit = true;
        }
        if (digit && !letter) return Numeric;
        if (!letter) return Other;
        if (!upper) return Lowercase;
        if (!lower) return AllCaps;
        if (char.IsUpper(word[0])) return Capitalized;
        return MixedCase;
    }
}
