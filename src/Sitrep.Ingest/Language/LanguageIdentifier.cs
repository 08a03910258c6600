using System.Buffers;
using Sitrep.Nlp.Models;

namespace Sitrep.Ingest.Language;

/// <summary>
/// Tells the language of a text: its script first (Greek, Hangul, Thai, … decide alone), then the
/// character n-gram model among the languages written in that script. Load once
/// (<see cref="Default"/> reads models/langid.bin.gz on first use) and call from any number of threads.
/// </summary>
public sealed class LanguageIdentifier
{
    public const string DefaultModelName = "langid.bin.gz";

    /// <summary>Fewer word characters than this is too short to tell ("und").</summary>
    public const int MinWordChars = 4;

    /// <summary>
    /// Only the start of a long text is read: 200 characters are already right 99.5 % of the time on
    /// dev, and identifying every article at ingest should cost little next to analysing it.
    /// </summary>
    public const int MaxChars = 2048;

    /// <summary>The majority a script needs among the word characters; below it the text is too mixed ("und").</summary>
    public const double MinScriptShare = 0.6;

    // Naive Bayes counts every overlapping n-gram as independent evidence; each character sits in
    // up to four of them, so scores are tempered by that before they become probabilities.
    private const double Temperature = CharNgrams.MaxOrder;

    private static readonly Lazy<LanguageIdentifier> Shared = new(() => new LanguageIdentifier(LanguageModel.Load(ModelFiles.Find(DefaultModelName))));
    private static readonly int ScriptCount = Enum.GetValues<WritingScript>().Length;

    private readonly LanguageModel _model;
    private readonly string[] _modelLanguages;

    public LanguageIdentifier(LanguageModel model)
    {
        _model = model;
        _modelLanguages = [.. model.Languages];
        Languages = _model.Languages.Concat(Enum.GetValues<WritingScript>().Select(WritingScripts.SoleLanguage).OfType<string>()).ToHashSet();
    }

    /// <summary>The identifier over the shipped model.</summary>
    public static LanguageIdentifier Default => Shared.Value;

    public LanguageModel Model => _model;

    /// <summary>Every language this identifier can answer: the model's, and those a script decides alone.</summary>
    public IReadOnlySet<string> Languages { get; }

    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxChars) text = text[..MaxChars];
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 2);
        uint[]? hashes = null;
        try
        {
            Span<int> scripts = stackalloc int[ScriptCount];
            int length = CharNgrams.Normalize(text, buffer, scripts);
            var (script, share, wordChars) = Dominant(scripts);
            if (wordChars < MinWordChars) return LanguageGuess.Unknown(LanguageEvidence.TooShort);
            if (share < MinScriptShare) return LanguageGuess.Unknown(LanguageEvidence.MixedScripts);
            if (WritingScripts.SoleLanguage(script) is { } sole) return new LanguageGuess(sole, share, LanguageEvidence.Script);

            hashes = ArrayPool<uint>.Shared.Rent(CharNgrams.MaxCount(length));
            int count = CharNgrams.Hashes(buffer.AsSpan(0, length), hashes);
            Span<double> scores = stackalloc double[_model.Languages.Count];
            if (_model.Score(hashes.AsSpan(0, count), scores) == 0) return LanguageGuess.Unknown(LanguageEvidence.TooShort);
            return Best(scores, script);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            if (hashes is not null) ArrayPool<uint>.Shared.Return(hashes);
        }
    }

    /// <summary>
    /// How much better, in nats per n-gram, the text fits its best language (among those of its
    /// script) than <paramref name="language"/>: about 0 when the two fit alike, above 1 for text
    /// plainly in another language. <see cref="double.PositiveInfinity"/> when the model cannot
    /// weigh <paramref name="language"/> against the text (another script, or no known n-gram).
    /// </summary>
    public double MarginOver(ReadOnlySpan<char> text, string language)
    {
        int index = Array.IndexOf(_modelLanguages, language);
        if (text.Length > MaxChars) text = text[..MaxChars];
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 2);
        var hashes = ArrayPool<uint>.Shared.Rent(CharNgrams.MaxCount(text.Length + 2));
        try
        {
            Span<int> scripts = stackalloc int[ScriptCount];
            int length = CharNgrams.Normalize(text, buffer, scripts);
            var (script, _, _) = Dominant(scripts);
            if (index < 0 || _model.Scripts[index] != script) return double.PositiveInfinity;
            int count = CharNgrams.Hashes(buffer.AsSpan(0, length), hashes);
            Span<double> scores = stackalloc double[_model.Languages.Count];
            int known = _model.Score(hashes.AsSpan(0, count), scores);
            if (known == 0) return double.PositiveInfinity;
            double best = double.NegativeInfinity;
            for (int l = 0; l < scores.Length; l++)
                if (_model.Scripts[l] == script) best = Math.Max(best, scores[l]);
            return (best - scores[index]) / known;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<uint>.Shared.Return(hashes);
        }
    }

    /// <summary>The best language written in the script, with its tempered posterior among those languages.</summary>
    private LanguageGuess Best(ReadOnlySpan<double> scores, WritingScript script)
    {
        int best = -1;
        for (int l = 0; l < scores.Length; l++)
            if (_model.Scripts[l] == script && (best < 0 || scores[l] > scores[best])) best = l;
        if (best < 0) return LanguageGuess.Unknown(LanguageEvidence.MixedScripts);
        double sum = 0;
        for (int l = 0; l < scores.Length; l++)
            if (_model.Scripts[l] == script) sum += Math.Exp((scores[l] - scores[best]) / Temperature);
        return new LanguageGuess(_model.Languages[best], 1 / sum, LanguageEvidence.Ngrams);
    }

    /// <summary>
    /// The script with the most word characters, its share, and the number of word characters. A Han
    /// or kana character carries about a word's worth of meaning, so it weighs as three letters; kana
    /// among Han makes the whole Japanese.
    /// </summary>
    private static (WritingScript Script, double Share, int WordChars) Dominant(ReadOnlySpan<int> counts)
    {
        int total = 0, weighted = 0, bestWeight = 0;
        var best = WritingScript.None;
        int kana = counts[(int)WritingScript.Kana], han = counts[(int)WritingScript.Han];
        for (int s = 1; s < counts.Length; s++)
        {
            var script = (WritingScript)s;
            total += counts[s];
            int weight = counts[s] * (script is WritingScript.Han or WritingScript.Kana ? 3 : 1);
            weighted += weight;
            if (script == WritingScript.Han && kana > 0) continue;
            if (script == WritingScript.Kana && kana > 0) weight += han * 3;
            if (weight > bestWeight)
            {
                bestWeight = weight;
                best = script;
            }
        }
        int wordChars = best is WritingScript.Han or WritingScript.Kana ? total * 2 : total; // a few CJK characters are enough
        return (best, weighted == 0 ? 0 : (double)bestWeight / weighted, wordChars);
    }
}
