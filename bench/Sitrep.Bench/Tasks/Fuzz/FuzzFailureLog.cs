using System.Text;
using Sitrep.Tests.Fuzzing;

namespace Sitrep.Bench.Tasks.Fuzz;

/// <summary>
/// Writes failing inputs for replay: OUT/READER/INDEX-NAME holds the bytes, INDEX-NAME.txt the kind, generator,
/// seed, index and exception. A few inputs per crash signature are kept, not thousands of the same crash.
/// </summary>
public sealed class FuzzFailureLog(string folder)
{
    private const int KeptPerSignature = 5;
    private readonly Dictionary<string, int> _kept = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public string Folder => folder;

    public void Save(FuzzInput input, string kind, string signature, string detail)
    {
        lock (_gate)
        {
            var key = $"{input.Reader}|{kind}|{signature}";
            int n = _kept.GetValueOrDefault(key);
            if (n >= KeptPerSignature) return;
            _kept[key] = n + 1;
            var dir = Path.Combine(folder, input.Reader);
            Directory.CreateDirectory(dir);
            var path = Path.Combine(dir, $"{input.Index}-{input.Name}");
            File.WriteAllBytes(path, input.Bytes);
            File.WriteAllText(path + ".txt", new StringBuilder()
                .AppendLine($"kind: {kind}")
                .AppendLine($"reader: {input.Reader}")
                .AppendLine($"seed: {input.Seed}")
                .AppendLine($"index: {input.Index}")
                .AppendLine($"generator: {input.Generator}")
                .AppendLine($"bytes: {input.Bytes.Length}")
                .AppendLine($"signature: {signature}")
                .AppendLine($"replay: dotnet run -c Release --project bench/Sitrep.Bench -- fuzz --readers {input.Reader} --seed {input.Seed} --from {input.Index} --limit 1")
                .AppendLine()
                .AppendLine(detail)
                .ToString());
        }
    }

    /// <summary>Where the campaign is, rewritten now and then: if the process itself dies (a stack overflow), this says where.</summary>
    public void Progress(string reader, int seed, int index)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "progress.txt"), $"reader {reader} seed {seed} index {index}\n");
    }
}
