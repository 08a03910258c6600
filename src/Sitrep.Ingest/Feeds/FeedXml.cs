using System.Xml;
using System.Xml.Linq;

namespace Sitrep.Ingest.Feeds;

/// <summary>
/// Loads a feed or sitemap as XML without trusting it: a DOCTYPE is skipped unread, so no entity is declared
/// or expanded ("billion laughs") and nothing external is fetched; the document size is capped. Skipping
/// rather than refusing keeps the RSS 0.91 feeds that still name Netscape's DTD readable. The encoding comes from
/// the byte-order mark or the XML declaration, as XML 1.0 appendix F prescribes.
/// </summary>
internal static class FeedXml
{
    // XDocument takes time quadratic in the nesting depth to build (20,000 unclosed elements: 16 s). Feeds nest a few
    // levels, an Atom entry's XHTML content a few dozen more; a document nested deeper is refused before it is built.
    internal const int MaxDepth = 500;

    public static XDocument Load(byte[] bytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            // Decoding never yields more characters than bytes, so only expansion could pass this (0 would mean no limit).
            MaxCharactersInDocument = bytes.LongLength + 1,
            IgnoreProcessingInstructions = true,
            IgnoreComments = true,
        };
        try
        {
            CheckDepth(bytes, settings);
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new FeedException(Describe(ex));
        }
    }

    /// <summary>One pass of the reader alone (linear), which also meets any well-formedness error before the tree is built.</summary>
    private static void CheckDepth(byte[] bytes, XmlReaderSettings settings)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
                throw new FeedException($"XML nests elements over {MaxDepth} deep at line {((IXmlLineInfo)reader).LineNumber}: not a feed or sitemap");
        }
    }

    private static string Describe(XmlException ex)
    {
        if (ex.Message.StartsWith("Reference to undeclared entity", StringComparison.Ordinal))
            return $"XML refers to entity &{QuotedName(ex.Message)}; at line {ex.LineNumber}: only XML's own five entities are read "
                + "(a DOCTYPE's entities are refused: they can expand without bound or fetch external files)";
        if (ex.Message.Contains("Unexpected end of file", StringComparison.Ordinal))
            return $"XML ends before the document is complete (truncated?) at line {ex.LineNumber}";
        return $"invalid XML at line {ex.LineNumber}, column {ex.LinePosition}: {FirstSentence(ex.Message)}";
    }

    /// <summary>"Reference to undeclared entity 'nbsp'." → "nbsp".</summary>
    private static string QuotedName(string message)
    {
        int open = message.IndexOf('\''), close = message.LastIndexOf('\'');
        return close > open + 1 ? message[(open + 1)..close] : "?";
    }

    private static string FirstSentence(string message)
    {
        // XmlException messages end with " Line N, position M." which the caller states already.
        int at = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.');
    }
}
