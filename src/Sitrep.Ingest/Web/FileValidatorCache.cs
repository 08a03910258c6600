using System.Collections.Concurrent;
using System.Text.Json;

namespace Sitrep.Ingest.Web;

/// <summary>
/// <see cref="IValidatorCache"/> in one JSON file, loaded on open and written on <see cref="Save"/> (to a temporary
/// file, then renamed, so a crash leaves the old file whole). A missing or unreadable file starts an empty cache:
/// losing it costs one full fetch, never a wrong result. The oldest entries go past <see cref="MaxEntries"/>.
/// </summary>
public sealed class FileValidatorCache : IValidatorCache
{
    public const int MaxEntries = 100_000;

    private readonly string _path;
    private readonly ConcurrentDictionary<string, Entry> _entries;

    private FileValidatorCache(string path, ConcurrentDictionary<string, Entry> entries)
    {
        _path = path;
        _entries = entries;
    }

    public int Count => _entries.Count;

    public static FileValidatorCache Open(string path)
    {
        var entries = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize<Dictionary<string, Entry>>(File.ReadAllBytes(path)) is { } stored)
                foreach (var (url, entry) in stored) entries[url] = entry;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            entries.Clear();
        }
        return new FileValidatorCache(path, entries);
    }

    public Validators? Find(Uri url) =>
        _entries.TryGetValue(url.AbsoluteUri, out var e) ? new Validators(e.ETag, e.LastModified) : null;

    public void Remember(Uri url, Validators validators) =>
        _entries[url.AbsoluteUri] = new Entry(validators.ETag, validators.LastModified, DateTimeOffset.UtcNow);

    public void Save()
    {
        var kept = _entries.OrderByDescending(e => e.Value.Fetched).Take(MaxEntries).ToDictionary(e => e.Key, e => e.Value);
        var dir = Path.GetDirectoryName(Path.GetFullPath(_path))!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(_path)}.{Environment.ProcessId}.tmp");
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(kept));
        File.Move(temp, _path, overwrite: true);
    }

    private sealed record Entry(string? ETag, string? LastModified, DateTimeOffset Fetched);
}
