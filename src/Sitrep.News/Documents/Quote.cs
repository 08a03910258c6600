namespace Sitrep.News.Documents;

/// <summary>
/// A direct quote: the span of its words inside the quotation marks, who said it (the entity key of
/// the speaker's mention, when the speaker is a name or a pronoun that refers to one), the speaker
/// phrase as written ("a NATO official", "Mujahid", "he"), and the speech verb ("said", "warned").
/// </summary>
public sealed record Quote(int Start, int End, string Text, string? SpeakerKey, string? SpeakerText, string? Cue);
