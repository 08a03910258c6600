namespace Sitrep.Corpus.Timelines;

/// <summary>A dated statement: the sentence (span in its article's text) that puts something at <see cref="Date"/> (a TIMEX3 date value).</summary>
public sealed record TimelineEntry(string Date, string Text, string Article, int Start, int End, string Expression);
