using System.Globalization;

namespace Sitrep.Ingest.Language;

/// <summary>Unicode block → script, for letters and the combining marks of abugidas.</summary>
public static class WritingScripts
{
    /// <summary>
    /// The language a script alone decides, for scripts used by one major language only. Scripts shared
    /// by many languages (Latin, Cyrillic, Arabic, Devanagari) are left to the n-gram model; Han without
    /// kana is Chinese, with kana Japanese.
    /// </summary>
    public static string? SoleLanguage(WritingScript script) => script switch
    {
        WritingScript.Greek => "el",
        WritingScript.Armenian => "hy",
        WritingScript.Hebrew => "he",
        WritingScript.Bengali => "bn",
        WritingScript.Gurmukhi => "pa",
        WritingScript.Gujarati => "gu",
        WritingScript.Tamil => "ta",
        WritingScript.Telugu => "te",
        WritingScript.Kannada => "kn",
        WritingScript.Malayalam => "ml",
        WritingScript.Sinhala => "si",
        WritingScript.Thai => "th",
        WritingScript.Lao => "lo",
        WritingScript.Tibetan => "bo",
        WritingScript.Myanmar => "my",
        WritingScript.Georgian => "ka",
        WritingScript.Hangul => "ko",
        WritingScript.Ethiopic => "am",
        WritingScript.Khmer => "km",
        WritingScript.Kana => "ja",
        WritingScript.Han => "zh",
        _ => null,
    };

    /// <summary>True for characters that belong to words: letters, and the vowel signs of Indic scripts.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 0x80) return char.IsAsciiLetter(c);
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is <= UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>The script of a word character (<see cref="WritingScript.None"/> for anything else).</summary>
    public static WritingScript Of(char c)
    {
        if (c < 0x80) return char.IsAsciiLetter(c) ? WritingScript.Latin : WritingScript.None;
        if (!IsWordChar(c)) return WritingScript.None;
        return c switch
        {
            <= '\u024F' => WritingScript.Latin,                          // Latin-1 Supplement … Latin Extended-B
            <= '\u036F' => WritingScript.Latin,                          // IPA, spacing modifiers, combining diacritics
            <= '\u03FF' => WritingScript.Greek,
            <= '\u052F' => WritingScript.Cyrillic,
            <= '\u058F' => WritingScript.Armenian,
            <= '\u05FF' => WritingScript.Hebrew,
            <= '\u06FF' => WritingScript.Arabic,
            >= '\u0750' and <= '\u077F' => WritingScript.Arabic,         // Arabic Supplement
            >= '\u0900' and <= '\u097F' => WritingScript.Devanagari,
            >= '\u0980' and <= '\u09FF' => WritingScript.Bengali,
            >= '\u0A00' and <= '\u0A7F' => WritingScript.Gurmukhi,
            >= '\u0A80' and <= '\u0AFF' => WritingScript.Gujarati,
            >= '\u0B80' and <= '\u0BFF' => WritingScript.Tamil,
            >= '\u0C00' and <= '\u0C7F' => WritingScript.Telugu,
            >= '\u0C80' and <= '\u0CFF' => WritingScript.Kannada,
            >= '\u0D00' and <= '\u0D7F' => WritingScript.Malayalam,
            >= '\u0D80' and <= '\u0DFF' => WritingScript.Sinhala,
            >= '\u0E00' and <= '\u0E7F' => WritingScript.Thai,
            >= '\u0E80' and <= '\u0EFF' => WritingScript.Lao,
            >= '\u0F00' and <= '\u0FFF' => WritingScript.Tibetan,
            >= '\u1000' and <= '\u109F' => WritingScript.Myanmar,
            >= '\u10A0' and <= '\u10FF' => WritingScript.Georgian,
            >= '\u1100' and <= '\u11FF' => WritingScript.Hangul,         // Hangul Jamo
            >= '\u1200' and <= '\u139F' => WritingScript.Ethiopic,
            >= '\u1780' and <= '\u17FF' => WritingScript.Khmer,
            >= '\u1C80' and <= '\u1C8F' => WritingScript.Cyrillic,       // Cyrillic Extended-C
            >= '\u1E00' and <= '\u1EFF' => WritingScript.Latin,          // Latin Extended Additional (Vietnamese)
            >= '\u1F00' and <= '\u1FFF' => WritingScript.Greek,          // Greek Extended
            >= '\u2DE0' and <= '\u2DFF' => WritingScript.Cyrillic,
            >= '\u3040' and <= '\u30FF' => WritingScript.Kana,           // Hiragana, Katakana
            >= '\u3130' and <= '\u318F' => WritingScript.Hangul,         // Compatibility Jamo
            >= '\u31F0' and <= '\u31FF' => WritingScript.Kana,
            >= '\u3400' and <= '\u4DBF' => WritingScript.Han,
            >= '\u4E00' and <= '\u9FFF' => WritingScript.Han,
            >= '\uA640' and <= '\uA69F' => WritingScript.Cyrillic,
            >= '\uA720' and <= '\uA7FF' => WritingScript.Latin,
            >= '\uAC00' and <= '\uD7AF' => WritingScript.Hangul,         // syllables
            >= '\uF900' and <= '\uFAFF' => WritingScript.Han,
            >= '\uFB1D' and <= '\uFB4F' => WritingScript.Hebrew,
            >= '\uFB50' and <= '\uFDFF' => WritingScript.Arabic,         // presentation forms
            >= '\uFE70' and <= '\uFEFF' => WritingScript.Arabic,
            >= '\uFF21' and <= '\uFF5A' => WritingScript.Latin,          // full-width Latin
            >= '\uFF66' and <= '\uFF9F' => WritingScript.Kana,           // half-width katakana
            _ => WritingScript.Other,
        };
    }
}
