using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Shell-style file patterns: "*" and "?" within one path segment, "**" across any number of folders.
/// The literal folders before the first wildcard are where the walk starts.
/// </summary>
internal static class Glob
{
    public static bool IsPattern(string input) => input.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>The files the pattern matches, in ordinal order; walk errors come back as entries with an Error.</summary>
    public static List<WalkEntry> Expand(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        int firstWild = Array.FindIndex(segments, IsPattern);
        var root = string.Join('/', segments[..firstWild]);
        var rest = segments[firstWild..];
        if (pattern.StartsWith('/') && root.Length == 0) root = "/";
        var walkRoot = root.Length == 0 ? "." : root;
        if (!Directory.Exists(walkRoot)) return [];

        var regex = ToRegex(string.Join('/', rest));
        int maxDepth = rest.Any(s => s.Contains("**")) ? int.MaxValue : rest.Length;
        return FileWalker.Walk(walkRoot, maxDepth)
            .Where(e => e.Error is not null || regex.IsMatch(Relative(walkRoot, e.Path)))
            .Select(e => root.Length == 0 ? e with { Path = Relative(walkRoot, e.Path) } : e)
            .ToList();
    }

    private static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace('\\', '/');

    internal static Regex ToRegex(string pattern)
    {
        var sb = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            if (pattern.AsSpan(i).StartsWith("**/")) { sb.Append("(?:[^/]+/)*"); i += 2; }
            else if (pattern.AsSpan(i).StartsWith("**")) { sb.Append(".*"); i += 1; }
            else if (pattern[i] == '*') sb.Append("[^/]*");
            else if (pattern[i] == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(pattern[i].ToString()));
        }
        sb.Append('$');
        // File names compare the way the platform's file system does.
        var caseOption = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? RegexOptions.IgnoreCase : RegexOptions.None;
        return new Regex(sb.ToString(), RegexOptions.CultureInvariant | caseOption);
    }
}
