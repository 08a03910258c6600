namespace Sitrep.Nlp.Entities;

/// <summary>
/// Ratinov &amp; Roth 2009 (§4.2, "extended prediction history"): how the recognizer has labelled the
/// same word (case-insensitively) earlier in the document. A name is usually introduced in full and
/// unambiguous context ("Slovak Prime Minister Vladimir Meciar") and repeated later in thinner
/// context ("MECIAR"). Counts per capitalized word: O, PER, LOC, ORG, MISC.
/// </summary>
internal sealed class PredictionHistory
{
    private readonly Dictionary<ulong, int[]> _counts = new();

    public void Clear() => _counts.Clear();

    /// <summary>Records the tags of one decoded sentence (only capitalized words are remembered).</summary>
    public void Record(PreparedDocument doc, int sentence, ReadOnlySpan<int> tags)
    {
        int start = doc.SentenceStarts[sentence];
        for (int i = 0; i < tags.Length; i++)
        {
            byte kind = doc.Kind[start + i];
            if (kind is not (PreparedDocument.Capitalized or PreparedDocument.AllCaps or PreparedDocument.MixedCase)) continue;
            if (!_counts.TryGetValue(doc.Lower[start + i], out var counts)) _counts[doc.Lower[start + i]] = counts = new int[1 + EntityLabels.Types.Count];
            counts[EntityLabels.TypeOf(tags[i]) + 1]++;
        }
    }

    /// <summary>The label counts of a word so far, or null when it has not been seen capitalized.</summary>
    public int[]? Of(ulong lowerHash) => _counts.TryGetValue(lowerHash, out var counts) ? counts : null;
}
