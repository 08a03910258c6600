namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// Makes the inputs of one reader's campaign. Input <c>i</c> of campaign seed <c>s</c> comes from its own
/// <see cref="Random"/>, seeded from (reader, s, i) alone, so any one input regenerates without the ones before it:
/// four in ten are written by the grammar, four in ten are hand-written seeds mutated, two in ten are grammar
/// output mutated.
/// </summary>
public static class FuzzGenerator
{
    public static FuzzInput Generate(string reader, IFuzzGrammar grammar, int seed, int index)
    {
        var random = new Random(InputSeed(reader, seed, index));
        int mode = random.Next(10);
        if (mode < 4)
        {
            var doc = grammar.Generate(random);
            return new FuzzInput(reader, seed, index, "grammar", doc.Name, doc.Bytes);
        }
        var applied = new List<string>();
        if (mode < 8)
        {
            int k = random.Next(grammar.Seeds.Count);
            var start = grammar.Seeds[k];
            var bytes = Mutations.Apply(start.Bytes, random, grammar, applied);
            return new FuzzInput(reader, seed, index, $"seed {k} + {string.Join(',', applied)}", start.Name, bytes);
        }
        var generated = grammar.Generate(random);
        var mutant = Mutations.Apply(generated.Bytes, random, grammar, applied);
        return new FuzzInput(reader, seed, index, $"grammar + {string.Join(',', applied)}", generated.Name, mutant);
    }

    /// <summary>
    /// A seed for one input: FNV-1a over the reader's name, the campaign seed and the index, then a 64-bit finalizer
    /// (MurmurHash3 fmix64). Not string.GetHashCode, which differs from one process to the next.
    /// </summary>
    public static int InputSeed(string reader, int seed, int index)
    {
        const ulong prime = 1099511628211;
        ulong h = 14695981039346656037;
        foreach (char c in reader) h = (h ^ c) * prime;
        h = (h ^ (uint)seed) * prime;
        h = (h ^ (uint)index) * prime;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccd;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53;
        h ^= h >> 33;
        return (int)(h & int.MaxValue);
    }
}
