using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Archives;

/// <summary>
/// Reads the files of a zip or tar archive as if they were files in a folder: each entry goes to the reader its
/// name calls for, its results named "archive.zip!/dir/page.html". Entries that a folder walk would skip (hidden
/// files, images, READMEs) are skipped. Every entry is read into memory under the per-document limit, so an entry
/// never costs more than a file would.
/// </summary>
internal static class ArchiveReader
{
    public static IEnumerable<IngestResult> Read(InputFile archive, ArticleSourceOptions options)
    {
        // An archive in an archive would need its own budget inside the outer one's; datasets do not nest them.
        if (archive.Content is not null)
        {
            yield return IngestResult.Fail(archive.Path, "archive inside an archive is not read");
            yield break;
        }
        var limits = ArchiveLimits.From(options);
        using IArchiveEntries entries = archive.Format == InputFormat.Zip
            ? new ZipEntries(archive.Path, archive.OpenRead, limits)
            : new TarEntries(archive.Path, archive.OpenRead, archive.Gzipped, limits);
        bool any = false;
        while (entries.Next() is { } entry)
        {
            if (entry.Error is not null)
            {
                any = true;
                yield return IngestResult.Fail(entry.Name, entry.Error);
                continue;
            }
            var file = InputFile.FromEntry(entry.Name, entry.Content!);
            if (!ArticleSource.IsArticleFile(file)) continue;
            any = true;
            foreach (var result in ArticleSource.ReadFile(file, explicitlyNamed: false, options)) yield return result;
        }
        if (!any) yield return IngestResult.Fail(archive.Path, "no article files in archive");
    }
}
