using Sitrep.Articles;

namespace Sitrep.Ingest.Language;

/// <summary>
/// Settles an article's language from what its source declares and what its text shows. A source
/// that declares nothing gets the identified language ("und" when the text cannot tell). A declared
/// language stands unless the text is long and clearly in another language the identifier knows:
/// pages and feeds often keep a template's lang="en" over text in another language.
/// </summary>
public static class ArticleLanguage
{
    /// <summary>Word characters (after the title) from which the text may overrule the declared language.</summary>
    public const int OverruleMinChars = 200;

    /// <summary>The confidence the identifier needs to overrule a declaration.</summary>
    public const double OverruleMinConfidence = 0.95;

    /// <summary>The confidence the identifier needs to name the language of an undeclared text.</summary>
    public const double DetectMinConfidence = 0.5;

    /// <summary>
    /// Word characters an undeclared text needs before n-grams may name its language: below it a
    /// headline of names ("Kabul, 2021") is "und", and read as English as before. A script that
    /// decides alone needs no more than the identifier's minimum.
    /// </summary>
    public const int DetectMinChars = 40;

    // Languages so close in writing that a declaration between them is more trustworthy than n-grams.
    /// <summary>
    /// For an undeclared text, how much better (nats per n-gram) another language of English's script
    /// must fit than English to be named: English is the pipeline's own language, and terse or
    /// name-heavy English ("Shr 45 cts vs 58 cts Net 1.1 mln", "US President Joe Biden spoke about
    /// Kabul.") fits Afrikaans, Swedish or Norwegian nearly as well (0.0–0.35) as English, while a
    /// short news sentence in another language fits it far better (0.7–1.8).
    /// </summary>
    public const double EnglishMargin = 0.5;

    private static readonly string[][] Close = [["da", "nb", "nn", "no"], ["bs", "hr", "sr"], ["id", "ms"]];

    /// <summary>
    /// The article with its language settled: the one its source declared (<see cref="Article.DeclaredLanguage"/>,
    /// null when none), checked against its title and text. Every reader hands its articles on through here.
    /// </summary>
    public static Article Settle(Article article)
    {
        var (language, declared) = Resolve(article.DeclaredLanguage, article.Title, article.Text);
        return article with { Language = language, DeclaredLanguage = declared };
    }

    /// <summary>(language to use, language declared or null).</summary>
    public static (string Language, string? Declared) Resolve(string? declared, string title, string text) =>
        Resolve(declared, title, text, LanguageIdentifier.Default);

    public static (string Language, string? Declared) Resolve(string? declared, string title, string text, LanguageIdentifier identifier)
    {
        declared = Normalize(declared);
        if (declared is null)
        {
            var sample = Sample(title, text);
            var guess = identifier.Identify(sample);
            bool named = guess.IsDetermined && guess.Confidence >= DetectMinConfidence
                && (guess.Evidence == LanguageEvidence.Script || CountWordChars(sample, DetectMinChars) >= DetectMinChars);
            if (named && guess.Evidence == LanguageEvidence.Ngrams && guess.Language != "en" && identifier.MarginOver(sample, "en") < EnglishMargin)
                return ("en", null);
            return (named ? guess.Language : LanguageGuess.Undetermined, null);
        }
        if (CountWordChars(text, OverruleMinChars) < OverruleMinChars) return (declared, declared);
        var check = identifier.Identify(text);
        bool overrule = check.IsDetermined && check.Confidence >= OverruleMinConfidence && check.Language != declared
            && identifier.Languages.Contains(declared) && !Close.Any(g => g.Contains(declared) && g.Contains(check.Language));
        return (overrule ? check.Language : declared, declared);
    }

    /// <summary>"pt-BR", "IT-it", "en_US" → "pt", "it", "en"; anything that is not a language code → null.</summary>
    public static string? Normalize(string? code)
    {
        var c = code?.Trim();
        if (c is not { Length: >= 2 } || !char.IsAsciiLetter(c[0]) || !char.IsAsciiLetter(c[1])) return null;
        if (c.Length > 2 && c[2] is not ('-' or '_')) return null;
        return c[..2].ToLowerInvariant();
    }

    private static string Sample(string title, string text) =>
        text.Length >= LanguageIdentifier.MaxChars ? text : title + "\n" + text;

    /// <summary>The word characters of the text, counted up to <paramref name="enough"/>.</summary>
    private static int CountWordChars(string text, int enough)
    {
        int n = 0;
        foreach (char c in text.AsSpan(0, Math.Min(text.Length, LanguageIdentifier.MaxChars)))
            if (WritingScripts.IsWordChar(c) && ++n >= enough) break;
        return n;
    }
}
