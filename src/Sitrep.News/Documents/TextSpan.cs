namespace Sitrep.News.Documents;

/// <summary>A span of an article's text: UTF-16 code units, end exclusive.</summary>
public readonly record struct TextSpan(int Start, int End);
