namespace Sitrep.Nlp.Entities;

/// <summary>What <see cref="NerTrainer.Train"/> produced: the recognizer, its dev scores and its file.</summary>
public sealed record NerTrainingResult(EntityRecognizer Recognizer, EntityScorer Dev, int FeatureCount, long FileBytes, TimeSpan Elapsed);
