namespace Sitrep.News.Times;

/// <summary>The tense of the clause around a time expression, as far as cheap cues tell.</summary>
internal enum Tense : byte
{
    Unknown,
    Past,
    Future,
}
