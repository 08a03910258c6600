namespace Sitrep.Ingest.Language;

/// <summary>The writing systems the language identifier tells apart before it looks at n-grams.</summary>
public enum WritingScript : byte
{
    None, Latin, Cyrillic, Greek, Armenian, Hebrew, Arabic, Devanagari, Bengali, Gurmukhi, Gujarati, Tamil,
    Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar, Georgian, Hangul, Ethiopic, Khmer,
    Kana, Han, Other,
}
