namespace Sitrep.Reports.Sections;

/// <summary>
/// A report table as plain text, before any markup: the renderers escape and lay it out. More counts
/// the rows left out by the cap and Noun names them ("and 12 more actors").
/// </summary>
internal sealed record TextTable(IReadOnlyList<string> Headers, IReadOnlyList<string?[]> Rows, int More = 0, string Noun = "row");
