namespace Sitrep.Nlp.Parsing;

/// <summary>
/// Settings of <see cref="ParserTrainer"/>. Exploration follows Goldberg &amp; Nivre (2012, 2013):
/// from epoch <see cref="ExploreFromEpoch"/> on (0-based), when the model's transition is wrong the
/// trainer still follows it with probability <see cref="ExploreProbability"/>, so the model learns
/// to recover from its own mistakes.
/// </summary>
public sealed record ParserTrainingOptions
{
    public int Epochs { get; init; } = 15;

    public int Seed { get; init; } = 1;

    public int ExploreFromEpoch { get; init; } = 1;

    public double ExploreProbability { get; init; } = 0.9;

    /// <summary>
    /// Features whose averaged weights are all smaller than this in magnitude are dropped from the
    /// model. At 1 the EWT model keeps 0.5 M of 1.1 M transition features at no cost on dev (at 2, -0.2 UAS).
    /// </summary>
    public float PruneThreshold { get; init; } = 1f;

    /// <summary>The manifest to record the model in; null for models/manifest.json next to the output file.</summary>
    public string? ManifestPath { get; init; }
}
