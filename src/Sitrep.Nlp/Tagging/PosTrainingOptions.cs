using Sitrep.Nlp.Clusters;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// Settings of <see cref="PosTrainer"/>. The defaults are the ones chosen on EWT dev for the
/// committed model; models/manifest.json records the settings with the scores.
/// </summary>
public sealed record PosTrainingOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seed of the per-epoch shuffle of the training sentences (training is deterministic).</summary>
    public int Seed { get; init; } = 17;

    /// <summary>Models trained from seeds Seed, Seed + 1, … whose mean is the tagger (1: a single model).</summary>
    public int Ensemble { get; init; } = 4;

    /// <summary>After averaging, weights of a smaller magnitude are dropped (0 keeps all).</summary>
    public float PruneThreshold { get; init; } = 0.25f;

    /// <summary>A word needs this many occurrences to get an ambiguity class (rarer words are "unknown").</summary>
    public int AmbiguityMinCount { get; init; } = 3;

    /// <summary>A tag enters a word's ambiguity class when it has at least this share of the word's occurrences.</summary>
    public double AmbiguityMinShare { get; init; } = 0.01;

    /// <summary>A word is tagged from the dictionary when it occurs this often ...</summary>
    public int KnownMinCount { get; init; } = 20;

    /// <summary>... with one (UPOS, XPOS) pair at least this share of the time.</summary>
    public double KnownMinShare { get; init; } = 0.97;

    /// <summary>
    /// Files or folders of unlabeled text (JSON Lines, CoNLL-U or plain, gzipped or not) to learn
    /// word clusters from, with the training words; none: no clusters.
    /// </summary>
    public IReadOnlyList<string> UnlabeledText { get; init; } = [];

    /// <summary>How the word clusters are induced (also the parser's, which reuses the tagger's settings).</summary>
    public WordClusterSettings Clusters { get; init; } = new(Contexts: 3000, Coarse: 64, Middle: 256, Fine: 1024);

    /// <summary>Where to record the model; null: manifest.json next to the model file.</summary>
    public string? ManifestPath { get; init; }
}
