namespace Sitrep.Ingest.Language;

/// <summary>Settings of <see cref="LanguageTrainer"/>; the defaults made the shipped model.</summary>
public sealed record LanguageTrainingOptions
{
    /// <summary>N-grams each language keeps, most frequent first.</summary>
    public int NgramsPerLanguage { get; init; } = 12_000;
    /// <summary>An n-gram seen fewer times than this in a language is not kept for it.</summary>
    public int MinCount { get; init; } = 2;
    /// <summary>Additive (Lidstone) smoothing.</summary>
    public double Alpha { get; init; } = 0.1;
}
