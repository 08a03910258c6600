using Xunit;

namespace Sitrep.Nlp.Tests.Parsing;

/// <summary>A fact that needs the EWT dev file: skipped, with the reason, when it is absent.</summary>
public sealed class EwtDevFactAttribute : FactAttribute
{
    public EwtDevFactAttribute()
    {
        if (EwtDev.Path is null) Skip = "shared/data/nlp/ud-english-ewt/en_ewt-ud-dev.conllu not found next to the repository";
    }
}
