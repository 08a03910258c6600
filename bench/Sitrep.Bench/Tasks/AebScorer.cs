using System.Globalization;
using System.Text;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// The Article Extraction Benchmark's shingle metric, as ../shared/data/extract/README.md defines it and
/// ../shared/tools/scorers/aeb_score.py computes it: word tokens (Python's <c>\w+</c>), multisets of word
/// 4-grams, per-page TP/FP/FN normalised to sum 1; corpus precision is the mean page precision over
/// non-empty predictions, corpus recall the mean page recall over non-empty truths, F1 their harmonic
/// mean; accuracy is the share of pages whose token sequence equals the truth's.
/// </summary>
public sealed class AebScorer
{
    private const int ShingleSize = 4;
    private readonly List<double> _precisions = [];
    private readonly List<double> _recalls = [];
    private int _pages, _exact;

    /// <summary>One page's precision and recall (each null when undefined: an empty prediction, an empty truth).</summary>
    public readonly record struct PageScore(double? Precision, double? Recall)
    {
        public double F1 => (Precision ?? 0) + (Recall ?? 0) is var sum && sum > 0 ? 2 * (Precision ?? 0) * (Recall ?? 0) / sum : 0;
    }

    public PageScore Add(string truth, string prediction)
    {
        var trueTokens = Tokens(truth);
        var predTokens = Tokens(prediction);
        _pages++;
        if (trueTokens.SequenceEqual(predTokens)) _exact++;
        var t = Shingles(trueTokens);
        var p = Shingles(predTokens);
        long tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in p)
        {
            int shared = Math.Min(count, t.GetValueOrDefault(shingle));
            tp += shared;
            fp += count - shared;
        }
        foreach (var (shingle, count) in t) fn += count - Math.Min(count, p.GetValueOrDefault(shingle));
        double sum = tp + fp + fn;
        var (ntp, nfp, nfn) = sum > 0 ? (tp / sum, fp / sum, fn / sum) : (0, 0, 0);
        double? precision = ntp + nfp > 0 ? (nfp == 0 && nfn == 0 ? 1 : ntp / (ntp + nfp)) : null;
        double? recall = ntp + nfn > 0 ? (nfp == 0 && nfn == 0 ? 1 : ntp / (ntp + nfn)) : null;
        if (precision is { } pr) _precisions.Add(pr);
        if (recall is { } re) _recalls.Add(re);
        return new PageScore(precision, recall);
    }

    public double Precision => _precisions.Count == 0 ? 0 : _precisions.Average();
    public double Recall => _recalls.Count == 0 ? 0 : _recalls.Average();
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
    public double Accuracy => _pages == 0 ? 0 : (double)_exact / _pages;
    public int EmptyPredictions => _pages - _precisions.Count;

    /// <summary>
    /// Runs of word characters as Python's <c>re</c> defines <c>\w</c> on str: letters (L*), numbers (Nd, Nl, No)
    /// and the underscore, by code point. .NET's <c>\w</c> differs (it takes combining marks and all connector
    /// punctuation, and no other numbers), which would split or join tokens differently on some pages.
    /// </summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWord(rune)) current.Append(rune.ToString());
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    private static bool IsWord(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    /// <summary>Word 4-grams as a multiset; fewer than four tokens make one shingle of them all, none make none.</summary>
    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0) return shingles;
        int n = Math.Min(ShingleSize, tokens.Count);
        for (int i = 0; i + n <= tokens.Count; i++)
        {
            // A control character cannot occur inside a token, so the joined key is unambiguous.
            var key = string.Join('\u0001', tokens.GetRange(i, n));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }
}
