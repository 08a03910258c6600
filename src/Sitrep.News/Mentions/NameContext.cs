using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Mentions;

/// <summary>One article as the candidate sources read it: text, tokens, folded keys, date, and what the recognizer found.</summary>
internal sealed class NameContext(string text, IReadOnlyList<Token> tokens, string[] keys, DateOnly? date)
{
    public string Text { get; } = text;
    public IReadOnlyList<Token> Tokens { get; } = tokens;
    public string[] Keys { get; } = keys;
    public DateOnly? Date { get; } = date;
    /// <summary>The recognizer's spans as token ranges, when a recognizer is used.</summary>
    public List<(int Start, int End, string Type)>? Recognized { get; set; }
    /// <summary>Names the first pass learned in this article (<see cref="LearnedNames"/>).</summary>
    public LearnedNames Learned { get; } = new();

    /// <summary>The sentence last asked whether it is shouted, and the answer (one long sentence is asked for each of its all-caps words).</summary>
    public (Sentence Sentence, bool Shouting)? LastShoutCheck { get; set; }

    public string Word(int i) => Tokens[i].Text(Text);

    public ReadOnlySpan<char> Span(int i) => Tokens[i].Span(Text);

    /// <summary>The folded words of tokens [start, end): the key of a rule-found name ("person:andrey rudenko").</summary>
    public string FoldedName(int start, int end) => string.Join(' ', Keys[start..end]).ToLowerInvariant();
}
