namespace Sitrep.Ingest.Html;

/// <summary>
/// The story text a page states in its schema.org JSON-LD (articleBody), used to check which blocks of
/// the page belong to the story: a block whose word triples mostly occur in it is confirmed. Publishers
/// often truncate articleBody to a teaser, so only a long one may also speak against a block.
/// </summary>
internal sealed class StoryHint
{
    private const int MinWords = 40;
    // An articleBody this long is the whole story, not a teaser.
    private const int CompleteWords = 120;
    private const double ConfirmedShare = 0.5;

    private readonly HashSet<(string, string, string)> _triples;

    private StoryHint(HashSet<(string, string, string)> triples, bool complete) => (_triples, IsComplete) = (triples, complete);

    /// <summary>True when the hint is long enough that prose missing from it is likely not the story's.</summary>
    public bool IsComplete { get; }

    public static StoryHint? From(string? articleBody)
    {
        if (articleBody is null) return null;
        var words = Words(articleBody);
        if (words.Count < MinWords) return null;
        return new StoryHint(Triples(words).ToHashSet(), words.Count >= CompleteWords);
    }

    /// <summary>True or false for a block of at least three words; null for a shorter one, which the hint cannot judge.</summary>
    public bool? Confirms(string text)
    {
        var words = Words(text);
        if (words.Count < 3) return null;
        int found = 0, all = 0;
        foreach (var triple in Triples(words))
        {
            all++;
            if (_triples.Contains(triple)) found++;
        }
        return found >= ConfirmedShare * all;
    }

    private static IEnumerable<(string, string, string)> Triples(List<string> words)
    {
        for (int i = 0; i + 2 < words.Count; i++) yield return (words[i], words[i + 1], words[i + 2]);
    }

    /// <summary>Lower-cased runs of letters and digits: markup and punctuation differences do not matter.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (word && start < 0) start = i;
            else if (!word && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }
}
