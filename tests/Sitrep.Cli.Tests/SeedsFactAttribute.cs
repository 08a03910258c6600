using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary>A fact that needs the shared seed articles, skipped when they are not beside the repository.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (!Directory.Exists(RepositoryPaths.Seeds))
            Skip = $"the seed articles are not available ({RepositoryPaths.Seeds})";
    }
}
