using Sitrep.Ingest.Tests.Support;
using Sitrep.Tests.Fuzzing;
using Xunit;

namespace Sitrep.Ingest.Tests.Fuzzing;

/// <summary>
/// A fixed slice of the fuzz campaign (bench task `fuzz`, issue 13) for CI: the first inputs of every Ingest reader's
/// campaign, from the same grammars, seeds, mutations and campaign seed, so an input that fails here replays in the
/// bench with `fuzz --readers NAME --from INDEX --limit 1`. Each must read within the bound, to results that keep the
/// readers' contract, without an exception.
/// </summary>
public sealed class ReaderFuzzCampaignTests : IDisposable
{
    private const int Seed = 20261207;

    // Far above a normal input's cost (milliseconds), far below a hang.
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(20);

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, int> Readers => new()
    {
        { "html", 250 }, { "text", 400 }, { "jsonl", 400 }, { "csv", 400 }, { "feed", 400 }, { "sitemap", 400 },
        { "warc", 400 }, { "warc-gz", 400 }, { "gz", 400 }, { "zip", 200 }, { "tar", 200 }, { "robots", 500 },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void The_first_inputs_of_the_campaign_read_without_a_crash(string name, int inputs)
    {
        var reader = IngestFuzzReaders.All(_dir.Root).Single(r => r.Name == name);
        for (int i = 0; i < inputs; i++)
        {
            var input = reader.Generate(Seed, i);
            string? broken = null;
            var ex = Record.Exception(() => broken = Mutator.WithinTime(() => reader.Read(input), PerInput));
            Assert.True(ex is null && broken is null, $"{name} input {i} ({input.Generator}, {input.Bytes.Length:N0} bytes): {broken ?? ex?.ToString()}");
        }
    }
}
