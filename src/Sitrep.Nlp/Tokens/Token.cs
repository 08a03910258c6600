namespace Sitrep.Nlp.Tokens;

/// <summary>
/// A token is a view into the text it came from: a standoff span (UTF-16 code units, end exclusive)
/// and a kind. It never copies the text; call <see cref="Text"/> when a string is really needed.
/// </summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, End - Start);

    public string Text(string text) => text.Substring(Start, End - Start);

    /// <summary>True when the first character is an upper-case letter.</summary>
    public bool IsCapitalized(string text) => Kind == TokenKind.Word && char.IsUpper(text[Start]);
}
