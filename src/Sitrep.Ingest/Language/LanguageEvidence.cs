namespace Sitrep.Ingest.Language;

/// <summary>What a <see cref="LanguageGuess"/> rests on.</summary>
public enum LanguageEvidence : byte
{
    /// <summary>Fewer word characters than the identifier needs: "und".</summary>
    TooShort,
    /// <summary>No script has a clear majority of the letters: "und".</summary>
    MixedScripts,
    /// <summary>The script is written by one major language only (Greek, Hangul, Thai, …).</summary>
    Script,
    /// <summary>The character n-gram model, among the languages written in the text's script.</summary>
    Ngrams,
}
