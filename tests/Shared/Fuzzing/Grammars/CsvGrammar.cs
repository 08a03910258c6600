using System.Text;

namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// CSV and TSV datasets (RFC 4180): a header of the field names datasets use, rows quoted or not, separators and
/// line breaks inside quotes, doubled quotes, and now and then a row of the wrong width or a quote never closed.
/// </summary>
public sealed class CsvGrammar : IFuzzGrammar
{
    public static readonly CsvGrammar Instance = new();

    private static readonly string[] Columns = ["title", "text", "body", "content", "date", "published", "url", "author", "language", "id", "category", "", "Title", "text ", "\"text\""];

    public IReadOnlyList<FuzzSeed> Seeds { get; } =
    [
        FuzzSeed.Text("articles.csv", """"
            title,text,date,url,author
            Depot to be rebuilt,"The council voted on Tuesday to rebuild the old depot, as a library.",2023-11-07,https://courier.example/depot,Pat Lind
            "Ferry ""reopens""","The ferry link reopened on Thursday.

            Crossings resume hourly.",07/11/2023,,
            Market,The market hall opened late.,14 March 2024,https://ledger.example/m,"Aro, Kim"
            """"),
        FuzzSeed.Text("articles.tsv", "title\ttext\tdate\nDepot\tThe council voted on Tuesday to rebuild the depot.\t2023-11-07\nPier\t\"Quoted\ttab\"\t2023\n"),
    ];

    public IReadOnlyList<string> NastyTokens { get; } =
    [
        "\"", "\"\"", ",", "\t", "\n", "\r", "\r\n", "\",\"", "\"\n\"", "=cmd|' /C calc'!A0", "+1", "@SUM(1)", "\\", "\\\"", "sep=;\n",
        "title,title,text\n", ",,,,,,,,,,,,,,,,,,,,,,,,,", "\"" + new string('a', 3000), "\uFEFF", "\0",
    ];

    public FuzzSeed Generate(Random random)
    {
        char separator = random.Next(2) == 0 ? ',' : '\t';
        var newline = random.Next(4) == 0 ? "\r\n" : "\n";
        var sb = new StringBuilder();
        if (random.Next(10) == 0) sb.Append('\uFEFF');
        var header = Enumerable.Range(0, random.Next(1, 7)).Select(_ => FuzzText.Pick(random, Columns)).ToList();
        if (random.Next(3) != 0 && !header.Contains("text")) header.Add("text");
        sb.Append(string.Join(separator, header.Select(h => Field(random, h, separator)))).Append(newline);
        for (int row = random.Next(0, 10); row > 0; row--)
        {
            int width = random.Next(8) == 0 ? random.Next(0, header.Count + 3) : header.Count;
            var fields = Enumerable.Range(0, width).Select(_ => Field(random, random.Next(3) == 0 ? FuzzText.Date(random) : FuzzText.Value(random), separator));
            sb.Append(string.Join(separator, fields));
            if (random.Next(40) == 0) sb.Append("\"never closed ").Append(FuzzText.Paragraph(random));
            sb.Append(random.Next(10) == 0 ? newline + newline : newline);
        }
        return new FuzzSeed(separator == ',' ? "a.csv" : "a.tsv", Encoding.UTF8.GetBytes(sb.ToString()));
    }

    private static string Field(Random random, string value, char separator)
    {
        bool mustQuote = value.Contains(separator) || value.Contains('"') || value.Contains('\n') || value.Contains('\r');
        if (mustQuote || random.Next(4) == 0) return "\"" + value.Replace("\"", "\"\"") + "\"";
        return value;
    }
}
