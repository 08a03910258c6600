namespace Sitrep.News.Documents;

/// <summary>
/// A dated claim an article makes about a question several articles may answer: "when will the
/// withdrawal from Afghanistan be complete?" Topic names the question, Value is the TIMEX3 value the
/// article gives, Negated marks "will not leave in May". Start/End span the sentence that says it.
/// </summary>
public sealed record Claim(int Start, int End, string Topic, string Value, string Text, bool Negated);
