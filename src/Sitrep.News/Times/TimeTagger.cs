using Sitrep.Articles;
using Sitrep.Nlp.Tokens;
using Sitrep.News.Documents;

namespace Sitrep.News.Times;

/// <summary>
/// Finds time expressions in English news text and normalizes them to TIMEX3 values (TimeML 1.2.1)
/// against the document creation time: "September 11, 2001" → 2001-09-11, "in May" → 2021-05,
/// "said on Wednesday" → the Wednesday before the DCT, "nearly 20 years" → P20Y APPROX, "every year"
/// → P1Y SET, "the next day" → the day after the last date the text placed. Works sentence by sentence over the tokenizer's tokens with hand-written rules; spans
/// are non-overlapping and sorted. Holds no state, so one instance can serve all threads.
/// </summary>
public sealed class TimeTagger
{
    /// <summary>
    /// How ambiguous numeric dates ("7/8/2021") are read: the article's locale when known (day first for
    /// a British or Indian site), month first by default.
    /// </summary>
    public NumericDateOrder NumericDates { get; init; } = NumericDateOrder.MonthFirst;

    /// <summary>
    /// Tags the time expressions of <paramref name="text"/>. Without a <paramref name="documentDate"/>,
    /// or with one known only to the year or month, relative expressions get underspecified values
    /// ("XXXX-09-11", "2021-WXX-3", "PAST_REF"). <paramref name="numericDates"/> overrides
    /// <see cref="NumericDates"/> for this document (see <see cref="NumericDateLocale"/>).
    /// </summary>
    public IReadOnlyList<TimeExpression> Tag(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, PartialDate? documentDate,
        NumericDateOrder? numericDates = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var anchor = new TimeAnchor(documentDate);
        var story = ReferenceTime.For(text, tokens, documentDate);
        var output = new List<TimeExpression>();
        foreach (var sentence in sentences)
            new SentenceScanner(new TokenView(text, tokens, sentence.FirstToken, sentence.EndToken), anchor, story, numericDates ?? NumericDates).Scan(output);
        return output;
    }
}
