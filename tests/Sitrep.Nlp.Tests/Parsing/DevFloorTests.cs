using Sitrep.Tests.Support;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;
using Xunit;

namespace Sitrep.Nlp.Tests.Parsing;

public class DevFloorTests
{
    /// <summary>
    /// A regression floor for the committed model on the first 500 sentences of EWT dev (7,621 words),
    /// with the committed POS tagger's tags (how the parser is used) and with gold tags: measured
    /// UAS 84.71 / LAS 81.58 and UAS 87.02 / LAS 84.86 on 2026-11-22 (the whole dev: models/manifest.json).
    /// </summary>
    [SharedDataFact(SharedData.EwtDevFile)]
    public void The_committed_model_stays_above_its_floor_on_a_dev_slice()
    {
        var slice = ConlluReader.Read(SharedData.EwtDev!).Take(500).ToList();
        var predicted = ParserEvaluator.Evaluate(DependencyParser.Default, slice, PosTagger.Default);
        Assert.True(predicted.Uas >= UasFloor, $"UAS {predicted.Uas:P2} with predicted tags under the floor {UasFloor:P0}");
        Assert.True(predicted.Las >= LasFloor, $"LAS {predicted.Las:P2} with predicted tags under the floor {LasFloor:P0}");
        var gold = ParserEvaluator.Evaluate(DependencyParser.Default, slice);
        Assert.True(gold.Uas >= GoldUasFloor, $"UAS {gold.Uas:P2} with gold tags under the floor {GoldUasFloor:P0}");
        Assert.True(gold.Las >= GoldLasFloor, $"LAS {gold.Las:P2} with gold tags under the floor {GoldLasFloor:P0}");
    }

    private const double UasFloor = 0.83;
    private const double LasFloor = 0.80;
    private const double GoldUasFloor = 0.86;
    private const double GoldLasFloor = 0.84;
}
