using System.Buffers;

namespace Sitrep.Ingest.Language;

/// <summary>
/// Trains the n-gram model of <see cref="LanguageIdentifier"/>: counts each language's character
/// n-grams, keeps the most frequent, and stores smoothed log-probabilities. Languages whose script
/// decides them alone (<see cref="WritingScripts.SoleLanguage"/>) are left out of the model.
/// </summary>
public static class LanguageTrainer
{
    public static LanguageModel Train(IEnumerable<LanguageSample> samples, LanguageTrainingOptions options)
    {
        var counts = new Dictionary<string, Dictionary<uint, int>>();
        var scripts = new Dictionary<string, int[]>();
        int scriptCount = Enum.GetValues<WritingScript>().Length;
        foreach (var sample in samples)
        {
            if (!counts.TryGetValue(sample.Language, out var table))
            {
                counts[sample.Language] = table = [];
                scripts[sample.Language] = new int[scriptCount];
            }
            Count(sample.Text, table, scripts[sample.Language]);
        }

        var languages = new List<string>();
        var languageScripts = new List<WritingScript>();
        var floors = new List<float>();
        var ngrams = new Dictionary<uint, List<(byte, float)>>();
        foreach (var (language, table) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var script = (WritingScript)Array.IndexOf(scripts[language], scripts[language].Max());
            if (WritingScripts.SoleLanguage(script) is not null || table.Count == 0) continue;
            // Lidstone over the language's own vocabulary: P(g | l) = (c + α) / (N + αV).
            double total = table.Values.Sum(c => (long)c), denominator = total + options.Alpha * table.Count;
            double floor = Math.Log(options.Alpha / denominator);
            byte index = (byte)languages.Count;
            languages.Add(language);
            languageScripts.Add(script);
            floors.Add((float)floor);
            foreach (var (key, count) in table.Where(kv => kv.Value >= options.MinCount)
                         .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(options.NgramsPerLanguage))
            {
                if (!ngrams.TryGetValue(key, out var pairs)) ngrams[key] = pairs = [];
                pairs.Add((index, (float)(Math.Log((count + options.Alpha) / denominator) - floor)));
            }
        }
        return new LanguageModel(languages, languageScripts, floors, ngrams);
    }

    private static void Count(string text, Dictionary<uint, int> table, int[] scripts)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 2);
        var hashes = ArrayPool<uint>.Shared.Rent(CharNgrams.MaxCount(text.Length + 2));
        try
        {
            int length = CharNgrams.Normalize(text, buffer, scripts);
            int n = CharNgrams.Hashes(buffer.AsSpan(0, length), hashes);
            foreach (uint h in hashes.AsSpan(0, n))
            {
                table.TryGetValue(h, out int c);
                table[h] = c + 1;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<uint>.Shared.Return(hashes);
        }
    }
}
