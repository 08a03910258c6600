using Xunit;

namespace Sitrep.Ingest.Tests.Support;

/// <summary>A fact that needs the shared seed articles: skipped, with the reason, when they are absent.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (SeedFolder.Path is null) Skip = "shared/data/seeds not found next to the repository";
    }
}
