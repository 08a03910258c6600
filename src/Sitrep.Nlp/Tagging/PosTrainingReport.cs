namespace Sitrep.Nlp.Tagging;

/// <summary>What a training run produced: model size and dev accuracy (percent) before and after pruning.</summary>
public sealed record PosTrainingReport(
    int TrainSentences,
    int TrainTokens,
    int Classes,
    int FeaturesBeforePruning,
    int Features,
    int Weights,
    double DevUposBeforePruning,
    double DevXposBeforePruning,
    double DevUpos,
    double DevXpos,
    int DevTokens,
    long ModelBytes,
    double TrainSeconds);
