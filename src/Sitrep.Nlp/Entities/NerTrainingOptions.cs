using Sitrep.Nlp.Clusters;

namespace Sitrep.Nlp.Entities;

/// <summary>
/// Settings of <see cref="NerTrainer.Train"/>. The unlabeled text for word clusters and the name-list
/// folders are optional: without them the recognizer trains on local features only.
/// </summary>
public sealed record NerTrainingOptions
{
    /// <summary>Passes over the training documents (shuffled per pass).</summary>
    public int Epochs { get; init; } = 8;

    public int Seed { get; init; } = 1;

    /// <summary>Models trained from seeds Seed, Seed + 1, … whose mean is the shipped model (1: a single model).</summary>
    public int Ensemble { get; init; } = 1;

    /// <summary>
    /// Share of capitalized training words whose identity features are hidden (word dropout), so the
    /// model learns the context, shape and cluster evidence that unseen names depend on.
    /// </summary>
    public double WordDropout { get; init; }

    /// <summary>Averaged weights smaller than this (in every class) are dropped before saving.</summary>
    public float PruneThreshold { get; init; } = 0.01f;

    /// <summary>Unlabeled text for clusters: JSON-lines news corpora and/or CoNLL files (words only).</summary>
    public IReadOnlyList<string> ClusterText { get; init; } = [];

    /// <summary>Where induced clusters are cached between runs (null: induce every time).</summary>
    public string? ClusterCache { get; init; }

    /// <summary>How the word clusters are induced from <see cref="ClusterText"/>.</summary>
    public WordClusterSettings Clusters { get; init; } = new(Contexts: 1000, Coarse: 16, Middle: 128, Fine: 1000);

    /// <summary>Sitrep's resources/ folder (given-names, actors, places, demonyms).</summary>
    public string? ResourceFolder { get; init; }

    /// <summary>The shared gazetteers folder (names/, countries/).</summary>
    public string? NameListFolder { get; init; }

    /// <summary>models/manifest.json to record the model in (null: the manifest next to the output file).</summary>
    public string? ManifestPath { get; init; }

    /// <summary>Documents used from the training file (null: all); for quick experiments and tests.</summary>
    public int? TrainDocuments { get; init; }
}
