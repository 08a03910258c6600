using System.IO.Compression;
using System.Text;

namespace Sitrep.Nlp.Models;

/// <summary>
/// Sitrep's model files: gzip around a binary body that starts with a magic word and a format
/// version, so a wrong or stale file fails loudly. Models ship in models/ next to the program;
/// <see cref="Find"/> looks there first, then in a models/ folder up the tree (a build run from the
/// repository). Nothing is downloaded.
/// </summary>
public static class ModelFiles
{
    public static void Save(string path, string magic, int version, Action<BinaryWriter> body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new BinaryWriter(gz, Encoding.UTF8);
        w.Write(magic);
        w.Write(version);
        body(w);
    }

    public static T Load<T>(string path, string magic, int version, Func<BinaryReader, T> body)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var r = new BinaryReader(new BufferedStream(gz, 1 << 16), Encoding.UTF8);
        var found = r.ReadString();
        var v = r.ReadInt32();
        if (found != magic || v != version)
            throw new InvalidDataException($"{path}: not a {magic} v{version} model (found {found} v{v}); retrain it with 'sitrep train'");
        return body(r);
    }

    public static string Find(string name)
    {
        var local = Path.Combine(AppContext.BaseDirectory, "models", name);
        if (File.Exists(local)) return local;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"Sitrep model '{name}' is missing: it ships in models/ (retrain it with 'sitrep train').", name);
    }
}
