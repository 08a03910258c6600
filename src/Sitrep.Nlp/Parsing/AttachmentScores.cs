namespace Sitrep.Nlp.Parsing;

/// <summary>
/// Attachment scores over all words, punctuation included, as the CoNLL 2018 shared task counts
/// them: UAS = right head; LAS = right head and right universal relation (subtypes such as
/// ":pass" ignored); <see cref="LasWithSubtypes"/> = right head and the exact relation.
/// </summary>
public sealed record AttachmentScores(int Words, int HeadsCorrect, int LabelledCorrect, int LabelledWithSubtypesCorrect, int Sentences)
{
    public double Uas => Words == 0 ? 0 : (double)HeadsCorrect / Words;

    public double Las => Words == 0 ? 0 : (double)LabelledCorrect / Words;

    public double LasWithSubtypes => Words == 0 ? 0 : (double)LabelledWithSubtypesCorrect / Words;

    public override string ToString() => $"UAS {Uas * 100:F2} LAS {Las * 100:F2} (with subtypes {LasWithSubtypes * 100:F2}) on {Words} words, {Sentences} sentences";
}
