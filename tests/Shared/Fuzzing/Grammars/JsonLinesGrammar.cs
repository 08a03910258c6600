using System.Text;

namespace Sitrep.Tests.Fuzzing;

/// <summary>JSON Lines datasets: one article object a line, with the field names datasets use and values of any JSON type.</summary>
public sealed class JsonLinesGrammar : IFuzzGrammar
{
    public static readonly JsonLinesGrammar Instance = new();

    private static readonly string[] FieldNames = ["title", "headline", "text", "body", "content", "article", "date", "published", "time", "url", "link", "author", "authors", "byline", "language", "lang", "site", "source", "id", "Title", "TEXT", "", "title "];

    public IReadOnlyList<FuzzSeed> Seeds { get; } =
    [
        FuzzSeed.Text("articles.jsonl", """
            {"title":"Depot to be rebuilt","text":"The council voted on Tuesday to rebuild the old depot as a library.","date":"2023-11-07","url":"https://courier.example/depot","author":"Pat Lind"}
            {"headline":"Ferry reopens","body":"The ferry link reopened on Thursday, three days after the storm.\n\nCrossings resume hourly.","published":2021,"language":"en"}

            {"title":"Рынок","text":"Рынок открылся поздно в четверг.","time":"2024-03-14T18:00:00Z","authors":["Иван Петров","Kim Aro"]}
            """),
        FuzzSeed.Text("articles.ndjson", "{\"title\":\"Market\",\"content\":\"The market hall opened late \\u0026 stayed open.\",\"date\":\"14 March 2024\"}\r\n{\"text\":\"No title here, only the text of a short article.\"}\r\n"),
    ];

    public IReadOnlyList<string> NastyTokens { get; } =
    [
        "{", "}", "[", "]", "\"", ",", ":", ":null", "\\u0000", "\\ud800", "\\udc00\\ud800", "\\x41", "\\", "\n", "\r\n", "true", "1e99999",
        "{\"title\":", "\"text\":[", new string('[', 2000), new string('{', 70) + "\"a\":1", "/* c */", "// c\n", "NaN", "'single'", "\uFEFF{",
    ];

    public FuzzSeed Generate(Random random)
    {
        var sb = new StringBuilder();
        if (random.Next(10) == 0) sb.Append('\uFEFF');
        for (int line = random.Next(0, 12); line > 0; line--)
        {
            switch (random.Next(12))
            {
                case 0: sb.Append(random.Next(2) == 0 ? "" : "   "); break;
                case 1: sb.Append(JsonGrammar.Value(random, 0)); break;
                default: sb.Append(Article(random)); break;
            }
            sb.Append(random.Next(6) == 0 ? "\r\n" : "\n");
        }
        if (random.Next(3) == 0) sb.Append(Article(random));
        return new FuzzSeed(FuzzText.Pick(random, ["a.jsonl", "a.ndjson"]), Encoding.UTF8.GetBytes(sb.ToString()));
    }

    private static string Article(Random random)
    {
        var members = new List<string>();
        for (int i = random.Next(0, 8); i > 0; i--)
        {
            var name = FuzzText.Pick(random, FieldNames);
            string value = random.Next(5) switch
            {
                0 => JsonGrammar.Value(random, 2),
                1 => JsonGrammar.Str(FuzzText.Date(random)),
                2 => random.Next(1, 10000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => JsonGrammar.Str(FuzzText.Paragraph(random, 10)),
            };
            members.Add($"{JsonGrammar.Str(name)}:{value}");
        }
        return "{" + string.Join(",", members) + "}";
    }
}
