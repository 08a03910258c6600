using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace Sitrep.Cli.Tests.Architecture;

/// <summary>
/// The rooms of docs/architecture.md, checked against the projects: every project of src/ is a row of the
/// table, and it references only projects its row lets it use, all of them on rows above it. An arrow that
/// points back up the table (News → Ingest, Store → Corpus) fails here before it spreads.
/// </summary>
public partial class ProjectReferenceTests
{
    /// <summary>A row of the rooms table: "| `Sitrep.News` | may use | what lives there |".</summary>
    [GeneratedRegex(@"^\|\s*`(?<project>Sitrep\.[A-Za-z]+)`\s*\|\s*(?<uses>[^|]*)\|")]
    private static partial Regex Row();

    private static List<(string Project, HashSet<string> Uses)> Rooms()
    {
        var rows = new List<(string, HashSet<string>)>();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "docs", "architecture.md")))
        {
            if (Row().Match(line) is not { Success: true } m) continue;
            var uses = m.Groups["uses"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(u => u != "nothing of Sitrep").Select(u => "Sitrep." + u).ToHashSet(StringComparer.Ordinal);
            rows.Add((m.Groups["project"].Value, uses));
        }
        return rows;
    }

    private static IEnumerable<string> References(string project)
    {
        var file = Path.Combine(RepositoryPaths.Root, "src", project, project + ".csproj");
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));
    }

    [Fact]
    public void Every_project_is_a_room_of_the_table()
    {
        var rooms = Rooms().Select(r => r.Project).ToHashSet();
        var projects = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "src")).Select(Path.GetFileName)
            .Where(d => File.Exists(Path.Combine(RepositoryPaths.Root, "src", d!, d + ".csproj")));
        Assert.DoesNotContain(projects, p => !rooms.Contains(p!));
    }

    [Fact]
    public void Project_references_point_down_the_table_only()
    {
        var rooms = Rooms();
        Assert.True(rooms.Count >= 8, $"the rooms table of docs/architecture.md has {rooms.Count} rows");
        var wrong = new List<string>();
        for (int i = 0; i < rooms.Count; i++)
        {
            var (project, uses) = rooms[i];
            if (!File.Exists(Path.Combine(RepositoryPaths.Root, "src", project, project + ".csproj"))) continue;
            var above = rooms.Take(i).Select(r => r.Project).ToHashSet();
            foreach (var reference in References(project))
            {
                if (!above.Contains(reference)) wrong.Add($"{project} → {reference}: {reference} is not above {project} in the table");
                else if (!uses.Contains(reference)) wrong.Add($"{project} → {reference}: its row does not let it use {reference}");
            }
        }
        Assert.Empty(wrong);
    }
}
