using System.Text;

namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// The vocabulary the grammars write with: news-like words in several scripts, sentences, names, places, URLs, and
/// dates in the many forms (and misforms) pages and feeds use. All text is made up here.
/// </summary>
public static class FuzzText
{
    private static readonly string[] Words =
    [
        "the", "council", "voted", "on", "Tuesday", "to", "rebuild", "depot", "harbour", "ferry", "reopened", "after", "storm",
        "minister", "said", "police", "reported", "talks", "ceasefire", "market", "prices", "rose", "percent", "election", "results",
        "of", "and", "in", "a", "was", "by", "AND", "OR", "NOT", "NEAR", "U.S.", "9/11", "e-mail", "co-operation", "don't", "$350,000",
        "1,200", "3.5%", "Kestrel", "Miren", "Varna", "Élise", "Straße", "naïve", "café", "Zürich", "Łódź", "İstanbul",
        "правительство", "заявил", "الحكومة", "قال", "政府", "表示", "δήμος", "εκλογές", "सरकार", "정부", "ताज़ा", "📰",
    ];

    private static readonly string[] Names = ["Pat Lind", "Sam Oduya", "Kim Aro", "Élise Marchand", "Jon Aasen", "J. R. R. Smith", "O'Neil", "李伟", "Иван Петров", "Staff", "Reuters", ""];

    private static readonly string[] Months = ["January", "Feb", "March", "Apr.", "May", "June", "Sept", "December", "Foo", "März", "мая"];

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static string Word(Random random) => Pick(random, Words);

    public static string Name(Random random) => Pick(random, Names);

    public static string Sentence(Random random, int maxWords = 24)
    {
        var sb = new StringBuilder();
        int n = random.Next(1, maxWords);
        for (int i = 0; i < n; i++)
        {
            if (i > 0) sb.Append(' ');
            var word = Word(random);
            sb.Append(i == 0 && word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }
        sb.Append(Pick(random, [".", ".", ".", "?", "!", "", "…", ".\""]));
        return sb.ToString();
    }

    public static string Paragraph(Random random, int maxSentences = 6)
    {
        var sb = new StringBuilder();
        for (int i = random.Next(1, maxSentences); i > 0; i--) sb.Append(Sentence(random)).Append(' ');
        return sb.ToString().TrimEnd();
    }

    public static string Url(Random random) => random.Next(12) switch
    {
        0 => "",
        1 => "javascript:alert(1)",
        2 => "/relative/path?q=1#frag",
        3 => "http://[::1]:99999/x",
        4 => "https://xn--caf-dma.example/ü/%zz",
        5 => "file:///etc/passwd",
        6 => "https://news.example/" + new string('a', random.Next(100, 3000)),
        7 => "//cdn.example/img.png",
        _ => $"https://{Pick(random, ["news", "courier", "ledger", "harbour"])}.example/{random.Next(1990, 2030)}/{random.Next(1, 13):D2}/{random.Next(1, 32):D2}/{Word(random)}-{random.Next(1000)}",
    };

    /// <summary>A date as a page, feed or dataset might write it, well-formed or not.</summary>
    public static string Date(Random random)
    {
        int year = random.Next(8) == 0 ? Pick(random, [0, 1, 99, 1969, 9999, 10000, -5, 2147483647]) : random.Next(1990, 2030);
        int month = random.Next(8) == 0 ? Pick(random, [0, 13, 99]) : random.Next(1, 13);
        int day = random.Next(8) == 0 ? Pick(random, [0, 29, 30, 31, 32, 99]) : random.Next(1, 29);
        int hour = random.Next(10) == 0 ? 24 : random.Next(24);
        return random.Next(16) switch
        {
            0 => $"{year:D4}-{month:D2}-{day:D2}",
            1 => $"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:{random.Next(60):D2}:{random.Next(62):D2}Z",
            2 => $"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:{random.Next(60):D2}:00{Pick(random, ["+01:00", "-05:00", "+14:00", "+99:99", ".123456789+00:00", ""])}",
            3 => $"{Pick(random, ["Mon", "Tue", "Wed", "Xyz"])}, {day:D2} {Pick(random, ["Jan", "Feb", "Nov", "Foo"])} {year} {hour:D2}:{random.Next(60):D2}:{random.Next(60):D2} {Pick(random, ["+0000", "GMT", "EST", "PDT", "Z", "+2500", ""])}",
            4 => $"{Pick(random, Months)} {day}, {year}",
            5 => $"{day} {Pick(random, Months)} {year}",
            6 => $"{day:D2}.{month:D2}.{year}",
            7 => $"{month}/{day}/{year % 100:D2}",
            8 => $"{year}",
            9 => $"{year:D4}-{month:D2}",
            10 => Pick(random, ["yesterday", "2 hours ago", "today", "Updated", "", "0000-00-00", "9999-99-99", "T", "--"]),
            11 => random.NextInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            12 => $"{year}{month:D2}{day:D2}",
            13 => $"{Pick(random, ["Monday", "Friday"])}, {Pick(random, Months)} {day}, {year} at {hour}:{random.Next(60):D2} {Pick(random, ["a.m.", "p.m.", "ET", ""])}",
            14 => $"{year:D4}-W{random.Next(0, 60):D2}-{random.Next(0, 9)}",
            _ => $"{year:D4}-{month:D2}-{day:D2} {hour:D2}:{random.Next(60):D2}",
        };
    }

    /// <summary>A string for a JSON, CSV or XML value: prose most of the time, now and then something that is not.</summary>
    public static string Value(Random random) => random.Next(10) switch
    {
        0 => "",
        1 => Date(random),
        2 => Url(random),
        3 => Name(random),
        4 => Pick(random, Mutations.CommonNastyTokens),
        _ => Paragraph(random),
    };
}
