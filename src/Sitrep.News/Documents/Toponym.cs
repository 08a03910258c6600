namespace Sitrep.News.Documents;

/// <summary>A place name found in a text: its tokens [StartToken, EndToken) and the gazetteer entries it may name.</summary>
public sealed record Toponym(int StartToken, int EndToken, IReadOnlyList<Place> Candidates);
