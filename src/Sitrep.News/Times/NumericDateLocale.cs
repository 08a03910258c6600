using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Times;

/// <summary>
/// Decides how one article writes its numeric dates. The article's own unambiguous dates decide
/// first ("22/07/2021" can only be day first, "7/22/2021" only month first; the majority wins);
/// failing that, the country of the site: a country-code domain of a country that writes the day
/// first (.uk, .in, .af, .de …) reads "7/8/2021" as 7 August; the United States' and generic
/// domains (.com, .org) keep the tagger's default, month first.
/// </summary>
public static class NumericDateLocale
{
    /// <summary>Country-code domains of countries that usually write the month first.</summary>
    private static readonly HashSet<string> MonthFirstCountries = new(StringComparer.OrdinalIgnoreCase) { "us", "fm", "ph", "ca" };

    /// <summary>The order for this article, or null when neither its dates nor its site say.</summary>
    public static NumericDateOrder? Infer(string text, IReadOnlyList<Token> tokens, string? url)
    {
        int dayFirst = 0, monthFirst = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Number) continue;
            var parts = token.Text(text).Split('/');
            if (parts.Length != 3 || !int.TryParse(parts[0], out int a) || !int.TryParse(parts[1], out int b) || parts[2].Length is not (2 or 4)) continue;
            if (a is > 12 and <= 31 && b is >= 1 and <= 12) dayFirst++;
            else if (b is > 12 and <= 31 && a is >= 1 and <= 12) monthFirst++;
        }
        if (dayFirst != monthFirst) return dayFirst > monthFirst ? NumericDateOrder.DayFirst : NumericDateOrder.MonthFirst;
        return FromUrl(url);
    }

    /// <summary>Day first for a two-letter country domain other than the month-first countries; else null.</summary>
    public static NumericDateOrder? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var host = uri.Host.TrimEnd('.');
        int dot = host.LastIndexOf('.');
        if (dot < 0) return null;
        var tld = host[(dot + 1)..];
        if (tld.Length != 2 || !tld.All(char.IsAsciiLetter)) return null;
        return MonthFirstCountries.Contains(tld) ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst;
    }
}
