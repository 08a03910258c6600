namespace Sitrep.Nlp.Corpora;

/// <summary>
/// One TIMEX3 of a TimeML document (TimeML 1.2.1 §2.2): its id, type (DATE, TIME, DURATION, SET),
/// normalized value, optional mod and anchor, the function it plays in the document
/// ("CREATION_TIME" for the DCT, "NONE" mostly), and its extent as a span of the document's text
/// (UTF-16 code units, end exclusive). A TIMEX3 outside the TEXT element (the DCT, usually) has no
/// extent: <see cref="Start"/> and <see cref="End"/> are -1. An empty (non-consuming) TIMEX3 has
/// <see cref="Start"/> == <see cref="End"/>.
/// </summary>
public sealed record TimeMlTimex(
    string Tid,
    string Type,
    string Value,
    string? Mod,
    string? AnchorTimeId,
    string? FunctionInDocument,
    int Start,
    int End,
    string Text)
{
    /// <summary>True for the document creation time (functionInDocument="CREATION_TIME").</summary>
    public bool IsCreationTime => FunctionInDocument == "CREATION_TIME";

    /// <summary>True when the TIMEX3 lies in the TEXT element and covers some of it.</summary>
    public bool HasExtent => Start >= 0 && End > Start;
}
