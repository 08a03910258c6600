using Sitrep.Nlp.Tests.Support;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Parsing;
using Xunit;

namespace Sitrep.Nlp.Tests.Parsing;

public class DevFloorTests
{
    /// <summary>
    /// A regression floor for the committed model on the first 500 sentences of EWT dev (7,621 words)
    /// with gold tags: measured UAS 88.39, LAS 86.42 on 2026-11-22 (the whole dev: models/manifest.json).
    /// </summary>
    [SharedDataFact(SharedData.EwtDevFile)]
    public void The_committed_model_stays_above_its_floor_on_a_dev_slice()
    {
        var slice = ConlluReader.Read(SharedData.EwtDev!).Take(500).ToList();
        var scores = ParserEvaluator.Evaluate(DependencyParser.Default, slice);
        Assert.True(scores.Uas >= UasFloor, $"UAS {scores.Uas:P2} under the floor {UasFloor:P0}");
        Assert.True(scores.Las >= LasFloor, $"LAS {scores.Las:P2} under the floor {LasFloor:P0}");
    }

    private const double UasFloor = 0.86;
    private const double LasFloor = 0.84;
}
