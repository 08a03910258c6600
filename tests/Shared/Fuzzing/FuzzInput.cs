namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// One generated input: the bytes a reader gets, the file name that picks the reader (".csv", ".warc.gz"), and how
/// it was made. (<see cref="Reader"/>, <see cref="Seed"/>, <see cref="Index"/>) alone regenerate it exactly.
/// </summary>
/// <param name="Generator">"grammar", "seed 2 + flip,truncate", "grammar + splice,nasty": what made it, for the report.</param>
public sealed record FuzzInput(string Reader, int Seed, int Index, string Generator, string Name, byte[] Bytes);
