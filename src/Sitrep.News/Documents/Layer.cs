namespace Sitrep.News.Documents;

/// <summary>
/// One annotation layer of <see cref="ArticleAnalysis"/>: its name, as annotators declare it in what they
/// require and assign, and how to read its value (to check that only the annotator that assigns it changes it).
/// </summary>
public sealed class Layer
{
    private readonly Func<ArticleAnalysis, object?> _value;

    public Layer(string name, Func<ArticleAnalysis, object?> value)
    {
        Name = name;
        _value = value;
    }

    public string Name { get; }

    /// <summary>Whether <paramref name="after"/> holds another value of this layer than <paramref name="before"/> (lists compare by reference).</summary>
    public bool Changed(ArticleAnalysis before, ArticleAnalysis after) => !Equals(_value(before), _value(after));

    public override string ToString() => Name;
}
