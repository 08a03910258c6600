namespace Sitrep.Ingest.Sources;

/// <summary>
/// An input that is not read, or not read further, for a reason of its own: not a regular file, over a size or
/// compression limit, or a compressed stream cut short. An <see cref="IOException"/>, so every reader's input-error
/// handling turns it into one error result with this message.
/// </summary>
internal class InputRefusedException(string message) : IOException(message);
