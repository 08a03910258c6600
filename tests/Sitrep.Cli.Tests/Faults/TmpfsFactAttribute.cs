using Xunit;

namespace Sitrep.Cli.Tests.Faults;

/// <summary>A fact that mounts a tmpfs, skipped (with the reason) where the test may not mount one.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.WhyUnavailable is { } why) Skip = why;
    }
}
