using Xunit;

namespace Sitrep.Cli.Tests.Faults;

/// <summary>A fact that needs a read-only database (<see cref="ReadOnlyPlace"/>), skipped with the reason where one cannot be made.</summary>
public sealed class ReadOnlyFactAttribute : FactAttribute
{
    public ReadOnlyFactAttribute(bool folder)
    {
        if (ReadOnlyPlace.WhyUnavailable(folder) is { } why) Skip = why;
    }
}
