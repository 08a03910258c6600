using System.Text;

namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// Plain-text articles as the seed format and wire copy lay them out: a title line, a dateline, a byline, paragraphs,
/// and the boilerplate the cleaner strips (share lines, copyright, "Read more"), in UTF-8 or UTF-16 with any line ending.
/// </summary>
public sealed class TextGrammar : IFuzzGrammar
{
    public static readonly TextGrammar Instance = new();

    private static readonly string[] Boilerplate =
    [
        "Share this article", "Share on Facebook | Twitter | Email", "Copyright 2024 Courier Media. All rights reserved.", "© 2023 Reuters",
        "Read more:", "Advertisement", "ADVERTISEMENT", "Follow us on Twitter @courier", "Sign up for our newsletter", "Click here to subscribe",
        "Related:", "Photo: Getty Images", "(Reporting by Pat Lind; Editing by Kim Aro)", "-- ", "***", "Posted by admin at 10:00",
        "Tags: politics, ferry", "Comments (0)", "Page 1 of 3", "Next »", "https://courier.example/subscribe",
    ];

    public IReadOnlyList<FuzzSeed> Seeds { get; } =
    [
        FuzzSeed.Text("article.txt", """
            Depot to be rebuilt as a library

            KESTREL POINT, Nov 7 (Courier) - The council voted on Tuesday to rebuild the old depot as a library and a covered market.

            By Pat Lind

            Work starts in March and should end in 2025, the mayor said. "We expect about 1,200 visitors a day," she said.

            Share this article
            Copyright 2023 Courier Media. All rights reserved.
            """),
        FuzzSeed.Text("wire.text", "FERRY LINK REOPENS\r\nMarch 4, 2025\r\n\r\nThe ferry link between Kestrel Point and Miren Island reopened on Tuesday.\r\n\r\n(Reporting by Kim Aro)\r\n"),
        FuzzSeed.Text("notes.md", "# Market hall\n\n*14 March 2024* — The market hall opened late.\n\n- stalls: 40\n- visitors: many\n\nRead more: https://ledger.example/market\n"),
    ];

    public IReadOnlyList<string> NastyTokens { get; } =
    [
        "\n\n", "\r", "By ", "By\n", "WASHINGTON, ", " (Reuters) - ", "Updated: ", "Published ", "—", "--", "\f", "\v", "\u001B[31m",
        "Share this article", "Copyright ", "©", "Advertisement\n", "Read more:", "http://", "@", "#", "***", "\uFEFF", "\uFFFE",
    ];

    public FuzzSeed Generate(Random random)
    {
        var newline = FuzzText.Pick(random, ["\n", "\n", "\r\n", "\r", "\u2028", "\n\n"]);
        var sb = new StringBuilder();
        if (random.Next(5) != 0) sb.Append(FuzzText.Sentence(random, 12)).Append(newline).Append(newline);
        if (random.Next(3) == 0) sb.Append(FuzzText.Date(random)).Append(newline);
        if (random.Next(3) == 0) sb.Append("By ").Append(FuzzText.Name(random)).Append(newline);
        for (int p = random.Next(0, 12); p > 0; p--)
        {
            if (random.Next(4) == 0) sb.Append(FuzzText.Pick(random, Boilerplate));
            else if (random.Next(3) == 0) sb.Append($"{FuzzText.Word(random).ToUpperInvariant()}, {FuzzText.Date(random)} ({FuzzText.Name(random)}) - {FuzzText.Paragraph(random)}");
            else sb.Append(FuzzText.Paragraph(random));
            sb.Append(newline);
            if (random.Next(2) == 0) sb.Append(newline);
        }
        if (random.Next(30) == 0) sb.Append(new string('x', random.Next(10_000, 200_000)));
        var text = sb.ToString();
        byte[] bytes = random.Next(12) switch
        {
            0 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            1 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            2 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            3 => Encoding.Latin1.GetBytes(text),
            _ => Encoding.UTF8.GetBytes(text),
        };
        return new FuzzSeed(FuzzText.Pick(random, ["a.txt", "a.text", "a.md", "a"]), bytes);
    }
}
