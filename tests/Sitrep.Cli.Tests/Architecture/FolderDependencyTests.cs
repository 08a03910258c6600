using System.Text.RegularExpressions;
using Xunit;

namespace Sitrep.Cli.Tests.Architecture;

/// <summary>
/// The folders of a project import one another one way only: a loop (Actors → Mentions → Actors) means two
/// features that cannot be understood, tested or replaced apart. A folder's imports are the namespaces of the
/// same project its files name (using directives and qualified names).
/// </summary>
public partial class FolderDependencyTests
{
    [GeneratedRegex(@"\bSitrep\.(?:News|Corpus|Reports|Store|Ingest|Nlp)\.([A-Z][A-Za-z]*)")]
    private static partial Regex Namespace();

    private static Dictionary<string, HashSet<string>> Imports(string project)
    {
        var root = Path.Combine(RepositoryPaths.Root, "src", project);
        var imports = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)) continue;
            var folder = relative.Contains('/') ? relative[..relative.IndexOf('/')] : "(root)";
            if (!imports.TryGetValue(folder, out var set)) imports[folder] = set = [];
            foreach (Match m in Namespace().Matches(File.ReadAllText(file)))
                if (m.Value.StartsWith(project + ".", StringComparison.Ordinal) && m.Groups[1].Value != folder)
                    set.Add(m.Groups[1].Value);
        }
        return imports;
    }

    /// <summary>A cycle of folders, as "A → B → A", or null.</summary>
    private static string? Cycle(Dictionary<string, HashSet<string>> imports)
    {
        var state = new Dictionary<string, int>();
        var path = new List<string>();
        string? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in imports.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (state.GetValueOrDefault(next) == 1) return string.Join(" → ", path.SkipWhile(p => p != next).Append(next));
                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found) return found;
            }
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
        foreach (var node in imports.Keys.Order(StringComparer.Ordinal))
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle) return cycle;
        return null;
    }

    [Theory]
    [InlineData("Sitrep.News")]
    [InlineData("Sitrep.Corpus")]
    public void Folders_import_each_other_without_a_loop(string project) => Assert.Null(Cycle(Imports(project)));

    [Fact]
    public void The_document_model_imports_no_feature_and_the_resource_builders_feed_no_runtime_folder()
    {
        var imports = Imports("Sitrep.News");
        Assert.Empty(imports["Documents"]);
        Assert.DoesNotContain(imports, kv => kv.Key != "ResourceBuilding" && kv.Value.Contains("ResourceBuilding"));
    }

    [Fact]
    public void A_loop_is_found() =>
        Assert.Equal("Actors → Mentions → Actors", Cycle(new() { ["Actors"] = ["Mentions"], ["Mentions"] = ["Actors", "Places"], ["Places"] = [] }));
}
