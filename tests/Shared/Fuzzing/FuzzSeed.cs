namespace Sitrep.Tests.Fuzzing;

/// <summary>A hand-written, well-formed input of a format: what mutation starts from.</summary>
public sealed record FuzzSeed(string Name, byte[] Bytes)
{
    public static FuzzSeed Text(string name, string text) => new(name, System.Text.Encoding.UTF8.GetBytes(text));
}
