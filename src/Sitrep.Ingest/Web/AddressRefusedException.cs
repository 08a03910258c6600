namespace Sitrep.Ingest.Web;

/// <summary>A connection the SSRF guard stopped: the host resolved only to addresses that <see cref="AddressPolicy"/> refuses.</summary>
public sealed class AddressRefusedException(string message) : IOException(message);
