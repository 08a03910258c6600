namespace Sitrep.Ingest.Archives;

/// <summary>
/// Turns the name an archive gives an entry into the relative path shown after "!/". Nothing is ever written to
/// disk, so a hostile name ("../../etc/passwd", "/abs", "C:\x") cannot escape anywhere; it is still shown tidied,
/// with ".." resolved inside the archive and control characters replaced, so an error line cannot be forged.
/// </summary>
internal static class ArchiveEntryName
{
    /// <summary>The tidy name, or null for entries a folder walk would skip too: hidden files, macOS resource forks, READMEs.</summary>
    public static string? Clean(string raw)
    {
        var parts = new List<string>();
        foreach (var part in raw.Split('/', '\\'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..")
            {
                if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(string.Create(part.Length, part, (span, p) =>
            {
                for (int i = 0; i < p.Length; i++) span[i] = char.IsControl(p[i]) ? '?' : p[i];
            }));
        }
        if (parts.Count == 0) return null;
        // "__MACOSX/" holds the resource forks that macOS's zip adds next to every file.
        if (parts.Any(p => p.StartsWith('.')) || parts[0] == "__MACOSX") return null;
        if (Sources.FileWalker.IsDocumentationName(parts[^1])) return null;
        return string.Join('/', parts);
    }
}
