namespace Sitrep.Ingest.Sources;

/// <summary>Short, stable reasons for file-system failures, worded for the person who named the input.</summary>
internal static class SourceErrors
{
    public static string Describe(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        InvalidDataException => "not a valid gzip file",
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        _ => ex.Message,
    };

    public static bool IsInputError(Exception ex) => ex is UnauthorizedAccessException or IOException or InvalidDataException;

    /// <summary>"50.0 MB": binary megabytes, one decimal, as people compare sizes.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => FormattableString.Invariant($"{bytes / (1024.0 * 1024):0.0} MB"),
        >= 1024 => FormattableString.Invariant($"{bytes / 1024.0:0.0} KB"),
        _ => FormattableString.Invariant($"{bytes} bytes"),
    };
}
