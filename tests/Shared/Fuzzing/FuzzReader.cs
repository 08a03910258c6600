namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// A reader under fuzz: its name, the grammar of its inputs, and how one input is read. <see cref="Read"/> returns
/// null when the reader kept its contract (each result an article, an error or a note), or what it broke; an
/// exception escaping it is a crash.
/// </summary>
public sealed record FuzzReader(string Name, IFuzzGrammar Grammar, Func<FuzzInput, string?> Read)
{
    public FuzzInput Generate(int seed, int index) => FuzzGenerator.Generate(Name, Grammar, seed, index);
}
