using Sitrep.Tests.Support;
using Sitrep.Nlp.Entities;
using Xunit;

namespace Sitrep.Nlp.Tests.Entities;

/// <summary>A regression floor for the committed model on the first 300 sentences of CoNLL-2003 dev (measured 94.1 F1).</summary>
public class EntityRecognizerDevTests
{
    [SharedDataFact(SharedData.ConllDevFile)]
    public void Committed_model_keeps_its_dev_f1()
    {
        var scores = NerTrainer.Evaluate(EntityRecognizer.Default, SharedData.ConllDev!, sentenceLimit: 300);
        Assert.True(scores.F1() >= 0.91, $"F1 {scores.F1():F4} on the first 300 dev sentences");
    }
}
