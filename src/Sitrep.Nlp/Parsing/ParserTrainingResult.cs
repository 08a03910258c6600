namespace Sitrep.Nlp.Parsing;

/// <summary>
/// What <see cref="ParserTrainer.Train(string, string?, string, ParserTrainingOptions?, Action{string}?)"/> produced:
/// dev scores with gold tags and, when a dev tagger was given, with its predicted tags.
/// </summary>
public sealed record ParserTrainingResult(
    DependencyParser Parser,
    AttachmentScores? Dev,
    AttachmentScores? DevPredictedTags,
    int TrainSentences,
    int NonProjectiveSkipped,
    TimeSpan TrainingTime,
    long ModelBytes);
