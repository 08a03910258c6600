using Sitrep.Nlp.Tagging;

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

    /// <summary>
    /// How many folds <see cref="JackknifeTagging"/> splits the training file into to give it predicted
    /// tags, the kind the parser meets in use; 0 trains on the file's (gold) tags. Applies to
    /// <see cref="ParserTrainer.Train(string, string?, string, ParserTrainingOptions?, Action{string}?)"/>.
    /// </summary>
    public int JackknifeFolds { get; init; } = 10;

    /// <summary>
    /// The settings of the jackknife taggers: those of the shipped POS tagger. The parser's word
    /// clusters are built as the tagger's, from the training words and the same unlabeled text
    /// (<see cref="PosTrainingOptions.UnlabeledText"/>; none: no clusters).
    /// </summary>
    public PosTrainingOptions Tagging { get; init; } = new();

    /// <summary>The tagger whose predicted tags the dev file is also scored with (the shipped one); null: gold tags only.</summary>
    public PosTagger? DevTagger { get; init; }

    /// <summary>The manifest to record the model in; null for models/manifest.json next to the output file.</summary>
    public string? ManifestPath { get; init; }
}
