using Sitrep.News.Quotes;
using Sitrep.News.Documents;

namespace Sitrep.Reports.Sections;

/// <summary>Everything one speaker is quoted as saying; Label is "Name (CODE)", the speaker phrase as written, or "Unattributed".</summary>
internal sealed record SpeakerQuotes(string Label, IReadOnlyList<Sourced<Quote>> Quotes);
