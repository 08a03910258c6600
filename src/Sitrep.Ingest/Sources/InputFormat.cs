namespace Sitrep.Ingest.Sources;

/// <summary>The reader a file goes to, chosen from its extension.</summary>
internal enum InputFormat
{
    Unknown,
    PlainText,
    Html,
    JsonLines,
}
