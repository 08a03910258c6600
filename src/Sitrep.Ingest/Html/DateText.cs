using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Articles;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Reads a calendar day written in a page: ISO forms ("2019-11-19T10:00"), numeric day-first and
/// year-first forms ("19.11.2019", "4. 2. 2022" with a space or thin space after each dot, "2019/11/19"), the day-first short form with a two-digit year ("19.11.19"), month names in English, German, French, Spanish,
/// Italian, Portuguese and Dutch ("November 19, 2019", "19. November 2019", "19 nov. 2019") and in Arabic
/// ("24 نيسان / أبريل 2020"), and the
/// date path of a URL ("/2019/11/19/").
/// </summary>
internal static partial class DateText
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>The first full date in <paramref name="text"/>, or null.</summary>
    public static PartialDate? FindDay(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (Match m in Numeric().Matches(text))
        {
            var g = m.Groups;
            var date = g["y1"].Success ? Day(g["y1"].Value, g["m1"].Value, g["d1"].Value)
                : g["y2"].Success ? Day(g["y2"].Value, g["m2"].Value, g["d2"].Value)
                : Day(g["y3"].Value, g["m3"].Value, g["d3"].Value);
            if (date is not null) return date;
        }
        foreach (Match m in Named().Matches(text))
        {
            var g = m.Groups;
            var name = (g["mon1"].Success ? g["mon1"].Value : g["mon2"].Value).ToLowerInvariant().TrimEnd('.');
            if (!Months.TryGetValue(name, out int month)) continue;
            var day = g["d1"].Success ? g["d1"].Value : g["d2"].Value;
            var year = g["y1"].Success ? g["y1"].Value : g["y2"].Value;
            if (Day(year, month.ToString(CultureInfo.InvariantCulture), day) is { } date) return date;
        }
        foreach (Match m in ArabicNamed().Matches(text))
        {
            var name = HtmlText.Collapse(m.Groups["mon"].Value).Replace('أ', 'ا').Replace('إ', 'ا').Replace('آ', 'ا');
            if (ArabicMonths.TryGetValue(name, out int month)
                && Day(m.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value) is { } date)
                return date;
        }
        return null;
    }

    // Arabic month names (alef forms folded): the Levantine and Iraqi calendar's, the Egyptian and Gulf
    // transliterations, and the Maghreb's. A page often writes two side by side ("24 نيسان / أبريل 2020").
    private static readonly Dictionary<string, int> ArabicMonths = BuildArabicMonths();

    private static Dictionary<string, int> BuildArabicMonths()
    {
        string[][] names =
        [
            ["كانون الثاني", "يناير", "جانفي"],
            ["شباط", "فبراير", "فيفري"],
            ["اذار", "مارس"],
            ["نيسان", "ابريل", "افريل"],
            ["ايار", "مايو", "ماي"],
            ["حزيران", "يونيو", "يونيه", "جوان"],
            ["تموز", "يوليو", "يوليه", "جويلية"],
            ["اب", "اغسطس", "غشت", "اوت"],
            ["ايلول", "سبتمبر", "شتنبر"],
            ["تشرين الاول", "اكتوبر"],
            ["تشرين الثاني", "نوفمبر", "نونبر"],
            ["كانون الاول", "ديسمبر", "دجنبر"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
            foreach (var n in names[i]) months.TryAdd(n, i + 1);
        return months;
    }

    /// <summary>The day in a URL's path: /2019/11/19/, /2019-11-19-, /20191119/, /2019/7/9/.</summary>
    public static PartialDate? FromUrl(string? url)
    {
        if (url is null) return null;
        var m = UrlDay().Match(url);
        if (!m.Success) m = UrlDayPath().Match(url);
        return m.Success ? Day(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    /// <summary>The day in an image's URL: a date path as in <see cref="FromUrl"/>, or a file named by its upload time ("20201007120909561.jpg").</summary>
    public static PartialDate? FromImageUrl(string? url)
    {
        if (FromUrl(url) is { } day) return day;
        if (url is null) return null;
        var m = ImageTimestamp().Match(url);
        return m.Success ? Day(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    private static PartialDate? Day(string year, string month, string day)
    {
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out int y) || !int.TryParse(month, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(day, CultureInfo.InvariantCulture, out int d))
            return null;
        if (year.Length == 2) y += y < 70 ? 2000 : 1900;
        if (y is < 1990 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new PartialDate(y, m, d);
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari"],
            ["february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev", "februari"],
            ["march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mrz"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maggio", "mag", "maio", "mei"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"],
            ["august", "aug", "août", "aout", "agosto", "ago"],
            ["september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
            foreach (var n in names[i]) months.TryAdd(n, i + 1);
        return months;
    }

    [GeneratedRegex(@"(?<!\d)(?:(?<y1>(?:19|20)\d\d)[-/.](?<m1>\d{1,2})[-/.](?<d1>\d{1,2})|(?<d2>\d{1,2})(?:\.[ \u00A0\u2009\u202F]?|/)(?<m2>\d{1,2})(?:\.[ \u00A0\u2009\u202F]?|/)(?<y2>(?:19|20)\d\d)|(?<d3>\d\d)\.(?<m3>\d\d)\.(?<y3>\d\d)(?!\.\d))(?!\d)")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<mon1>\p{L}{3,9}\.?)\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>(?:19|20)\d\d)|(?<d2>\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+)?(?<mon2>\p{L}{3,9}\.?),?\s+(?:de\s+)?(?<y2>(?:19|20)\d\d))(?!\d)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Named();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>\d{1,2})\s+(?<mon>(?:كانون|تشرين)\s+(?:ال[أا]ول|الثاني)|\p{L}{2,7})(?:\s*/\s*\p{L}{2,7})?\s+(?<y>(?:19|20)\d\d)(?!\d)")]
    private static partial Regex ArabicNamed();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)[/_\-]?(?<m>[01]\d)[/_\-]?(?<d>[0-3]\d)(?!\d)")]
    private static partial Regex UrlDay();

    // Squarespace and others write the path without leading zeros: /2017/7/12/.
    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)/(?<m>1[0-2]|0?[1-9])/(?<d>[12]\d|3[01]|0?[1-9])/")]
    private static partial Regex UrlDayPath();

    [GeneratedRegex(@"/(?<y>20\d\d)(?<m>[01]\d)(?<d>[0-3]\d)[0-2]\d[0-5]\d[0-5]\d\d{0,3}\.(?:jpe?g|png|webp|gif)", RegexOptions.IgnoreCase)]
    private static partial Regex ImageTimestamp();
}
