using Xunit;

namespace Sitrep.Tests.Support;

/// <summary>A fact that needs one file or folder of ../shared/data: skipped, with the reason, when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (SharedData.Find(relativePath) is null) Skip = $"../shared/data/{relativePath} is not available";
    }
}
