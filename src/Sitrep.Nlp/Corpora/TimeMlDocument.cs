namespace Sitrep.Nlp.Corpora;

/// <summary>
/// A TimeML document as the TempEval-3 scorer sees it: the character data of its TEXT element
/// (tags removed, entities decoded, line ends as \n), its creation time (DCT) if it states one, and
/// the TIMEX3s annotated inside TEXT, in text order, with the DCT left out.
/// </summary>
public sealed record TimeMlDocument(string Id, string Text, TimeMlTimex? Dct, IReadOnlyList<TimeMlTimex> Timexes);
