namespace Sitrep.Reports.Sections;

/// <summary>
/// One happening as the readable reports show it: a heading ("Taliban → Garmsir: Occupy territory"), one line of facts
/// (codes, date, place, sources, modality, what the reports disagree on) and its reports, capped.
/// </summary>
internal sealed record EventBlock(string Heading, string Facts, IReadOnlyList<EventBlockReport> Reports, int MoreReports);

/// <summary>One report of a happening: the article's title and date, and the sentence (clipped), with who gave it when it is a claim.</summary>
internal sealed record EventBlockReport(string ArticleId, string Title, string? Published, string Sentence, string? ReportedBy);
