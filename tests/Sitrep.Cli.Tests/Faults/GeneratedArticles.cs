namespace Sitrep.Cli.Tests.Faults;

/// <summary>
/// Small made-up plain-text articles, written for the fault tests: many of them, each different (so each has its own
/// content id), quick to analyse, and each naming places and a person so that every layer of the store is written.
/// </summary>
public static class GeneratedArticles
{
    private static readonly string[] Places = ["Termez", "Balkh", "Samarkand", "Dushanbe", "Herat", "Mazar-i-Sharif"];
    private static readonly string[] People = ["Malika Tursunova", "Habibullah Sarwari", "Ravshan Ergashev", "Dilnoza Karimova"];

    /// <summary>The title of article <paramref name="index"/>: unique, so its bytes mark the article's row in the file.</summary>
    public static string Title(int index) => $"Convoy {index:D4} reaches {Places[index % Places.Length]}";

    /// <summary>Writes articles <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 as a0000.txt, a0001.txt, … and returns their paths in that order.</summary>
    public static IReadOnlyList<string> Write(string folder, int count, int first = 0)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>(count);
        for (int i = first; i < first + count; i++)
        {
            string place = Places[i % Places.Length], person = People[i / Places.Length % People.Length];
            int trucks = 7 + i * 37 % 900;
            var text = $"""
                {Title(i)}

                {trucks} trucks reached {place} on Monday, March {1 + i % 28}, 2024, officials said. "The road is open again," said {person}.
                The convoy, number {i} this year, waited two days at the bridge while engineers repaired the approach road.
                """;
            var path = Path.Combine(folder, $"a{i:D4}.txt");
            File.WriteAllText(path, text);
            paths.Add(path);
        }
        return paths;
    }
}
