using Xunit;

namespace Sitrep.Cli.Tests.Faults;

/// <summary>How a command fails on a bad database: exit code 1, nothing on stdout, one "error: FILE: REASON" line on stderr and nothing else (no stack trace).</summary>
public static class FaultAssert
{
    public static void OneError(SitrepProcess.Result run, string expectedLine)
    {
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.Equal(expectedLine, run.Stderr.TrimEnd('\n', '\r'));
    }

    /// <summary>As <see cref="OneError(SitrepProcess.Result, string)"/>, for a reason with a variable middle.</summary>
    public static void OneError(SitrepProcess.Result run, string startsWith, string endsWith)
    {
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.Stderr.TrimEnd('\n', '\r').ReplaceLineEndings("\n").Split('\n'));
        Assert.StartsWith(startsWith, line);
        Assert.EndsWith(endsWith, line);
    }
}
