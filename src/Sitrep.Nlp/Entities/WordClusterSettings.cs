namespace Sitrep.Nlp.Entities;

/// <summary>How <see cref="WordClusterInducer"/> builds clusters (recorded in the model manifest).</summary>
public sealed record WordClusterSettings(
    int Vocabulary = 50_000,
    int MinCount = 3,
    int Contexts = 1_000,
    int Dimensions = 96,
    int Fine = 1_000,
    int Middle = 128,
    int Coarse = 16,
    int Iterations = 8,
    int Seed = 17);
