namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// One input format for the fuzzer: a grammar that writes random documents of it, the hand-written seeds that
/// mutation starts from, and the format's nasty tokens (fragments that break parsers: an unclosed CDATA, a chunk
/// size of 2^63, a column filter in a search query).
/// </summary>
public interface IFuzzGrammar
{
    IReadOnlyList<FuzzSeed> Seeds { get; }

    IReadOnlyList<string> NastyTokens { get; }

    /// <summary>Whether the format is compressed or binary, so that byte damage (bit flips, cuts) suits it better than inserted text.</summary>
    bool Binary => false;

    /// <summary>A random document from the grammar, and the file name that routes it to its reader.</summary>
    FuzzSeed Generate(Random random);

    /// <summary>How a nasty token is written into the format's bytes (UTF-8 unless the format says otherwise).</summary>
    byte[] Encode(string token) => System.Text.Encoding.UTF8.GetBytes(token);
}
