namespace Sitrep.Nlp.Parsing;

/// <summary>What <see cref="ParserTrainer.Train(string, string?, string, ParserTrainingOptions?, Action{string}?)"/> produced.</summary>
public sealed record ParserTrainingResult(
    DependencyParser Parser,
    AttachmentScores? Dev,
    int TrainSentences,
    int NonProjectiveSkipped,
    TimeSpan TrainingTime,
    long ModelBytes);
