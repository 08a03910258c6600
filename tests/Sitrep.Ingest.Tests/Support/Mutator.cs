using System.Text;

namespace Sitrep.Ingest.Tests.Support;

/// <summary>
/// The mutation harness shared by the reader fuzz tests: a well-formed seed is cut, spliced with format
/// fragments, has spans duplicated elsewhere, gets stray non-ASCII bytes, or is truncated. A fixed
/// <see cref="Random"/> seed makes every failure replay exactly.
/// </summary>
internal sealed class Mutator(string[] fragments, int maxEdits, bool strayBytes = true)
{
    public byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        int edits = random.Next(1, maxEdits);
        for (int e = 0; e < edits && bytes.Count > 0; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(strayBytes ? 5 : 4))
            {
                case 0: // insert a fragment of the format
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(fragments[random.Next(fragments.Length)]));
                    break;
                case 1: // cut a span
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 80), bytes.Count - at));
                    break;
                case 2: // duplicate a span elsewhere
                    var span = bytes.GetRange(at, Math.Min(random.Next(1, 300), bytes.Count - at));
                    bytes.InsertRange(random.Next(bytes.Count), span);
                    break;
                case 3: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default: // broken bytes: lone UTF-8 lead and continuation bytes
                    bytes.Insert(at, (byte)random.Next(0x80, 0x100));
                    break;
            }
        }
        return bytes.ToArray();
    }

    /// <summary>Byte-level damage for compressed input: flipped bits, cuts, spliced copies of the start.</summary>
    public static byte[] Damage(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits && bytes.Count > 0; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(3))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes.InsertRange(at, bytes.GetRange(0, Math.Min(bytes.Count, random.Next(1, 100))));
                    break;
            }
        }
        return bytes.ToArray();
    }

    /// <summary>
    /// <paramref name="count"/> random inputs of up to 4,000 bytes from a fixed seed; every other one starts with
    /// <paramref name="header"/> (when given), so the reader gets past its first check and into the body.
    /// </summary>
    public static IEnumerable<byte[]> RandomInputs(int seed, int count, byte[]? header = null)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var bytes = new byte[random.Next(0, 4000)];
            random.NextBytes(bytes);
            if (header is not null && i % 2 == 0) header.AsSpan(0, Math.Min(header.Length, bytes.Length)).CopyTo(bytes);
            yield return bytes;
        }
    }

    /// <summary>Runs a read on the thread pool and fails the test if it takes longer than <paramref name="limit"/> (a hang).</summary>
    public static T WithinTime<T>(Func<T> read, TimeSpan limit)
    {
        var task = Task.Run(read);
        if (!task.Wait(limit)) throw new Xunit.Sdk.XunitException($"reading took over {limit.TotalSeconds} s");
        return task.Result;
    }
}
