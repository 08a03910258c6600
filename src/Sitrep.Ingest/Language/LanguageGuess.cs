namespace Sitrep.Ingest.Language;

/// <summary>
/// What the language identifier says of a text: an ISO 639-1 code, or "und" (undetermined) when the
/// text is too short, has no words, or mixes scripts too evenly; how sure it is (0–1); and what decided it.
/// </summary>
public readonly record struct LanguageGuess(string Language, double Confidence, LanguageEvidence Evidence)
{
    /// <summary>ISO 639-2's code for "undetermined".</summary>
    public const string Undetermined = "und";

    public bool IsDetermined => Language != Undetermined;

    public static LanguageGuess Unknown(LanguageEvidence why) => new(Undetermined, 0, why);
}
