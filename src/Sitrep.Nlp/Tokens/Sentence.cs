namespace Sitrep.Nlp.Tokens;

/// <summary>A sentence: a run of tokens [FirstToken, FirstToken + TokenCount) and its character span.</summary>
public readonly record struct Sentence(int FirstToken, int TokenCount, int Start, int End)
{
    public int EndToken => FirstToken + TokenCount;
}
