namespace Sitrep.Nlp.Tokens;

/// <summary>The coarse class of a token, decided by the tokenizer from its characters.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
}
