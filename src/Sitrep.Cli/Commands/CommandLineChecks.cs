using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Reflection;
using Sitrep.Reports;

namespace Sitrep.Cli.Commands;

/// <summary>
/// What the command line must hold before any work starts. A mistyped option ("--frmat md") is not taken for an input
/// path; it is an error with the nearest real option suggested, and nothing runs. Errors are one line each and exit 2
/// (usage), instead of the parser's full help page. <c>--version</c> names the tool, the JSON contract and the store.
/// </summary>
public static class CommandLineChecks
{
    public static List<string> UsageErrors(ParseResult parse, IReadOnlyList<string> args)
    {
        // --help and --version run whatever else the line holds.
        if (parse.Action is HelpAction or PrintVersion) return [];
        var errors = parse.Errors.Select(e => e.Message).ToList();
        errors.AddRange(UnknownOptions(parse, args));
        return errors.Distinct().ToList();
    }

    /// <summary>Argument values that look like options ("-x", "--word") and are not existing files, before any "--".</summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parse, IReadOnlyList<string> args)
    {
        int separator = args.ToList().IndexOf("--");
        var beforeSeparator = separator < 0 ? args : args.Take(separator).ToList();
        var command = parse.CommandResult.Command;
        foreach (var argument in parse.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                var value = token.Value;
                if (value.Length < 2 || value[0] != '-' || !beforeSeparator.Contains(value)) continue;
                if (File.Exists(value) || Directory.Exists(value)) continue;
                var name = value.Split('=', 2)[0];
                yield return Nearest(command, name) is { } near
                    ? $"unknown option {name} (did you mean {near}?)"
                    : $"unknown option {name} (an input that starts with '-' goes after '--')";
            }
        }
    }

    private static string? Nearest(Command command, string typed)
    {
        var names = command.Options.SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct();
        return names.Select(n => (Name: n, Distance: Distance(typed, n))).Where(c => c.Distance <= Math.Max(2, typed.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Name).FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    /// <summary>"sitrep search": the command as typed, for the pointer to its help.</summary>
    public static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as CommandResult)
            names.Insert(0, result.Command is RootCommand ? "sitrep" : result.Command.Name);
        return string.Join(' ', names);
    }

    /// <summary>The tool's version (assembly informational version, without a source hash), the JSON contract's and the store schema's.</summary>
    public static string VersionText()
    {
        var version = typeof(CommandLineChecks).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        version = version.Split('+')[0];
        return $"sitrep {version} (JSON contract {JsonReport.Version}, store schema {Store.Sqlite.SqliteArticleStore.LatestSchemaVersion})";
    }

    public static void ReplaceVersion(RootCommand root)
    {
        foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new PrintVersion();
    }

    private sealed class PrintVersion : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            Console.WriteLine(VersionText());
            return 0;
        }
    }
}
