using System.IO.Compression;
using System.Text;

namespace Sitrep.Nlp.Models;

/// <summary>
/// Sitrep's model files: gzip around a binary body that starts with a magic word and a format
/// version, so a wrong or stale file fails loudly. Models ship in models/ (<see cref="ShippedFiles"/>).
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

    public static string Find(string name) => ShippedFiles.Find("models", name, "retrain it with 'sitrep train'");
}
