using Xunit;

namespace Sitrep.Nlp.Tests.Entities;

/// <summary>A fact that needs ../shared/data (CoNLL-2003 dev) and skips cleanly when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.ConllDev is null) Skip = "../shared/data/nlp/conll2003/eng.testa is not available";
    }
}
