using System.Text;
using System.Xml;

namespace Sitrep.Nlp.Corpora;

/// <summary>
/// Reads TimeML / TempEval-3 .tml files (TimeML 1.2.1): the character data of the TEXT element with
/// every tag inside it (EVENT, SIGNAL, TIMEX3, ...) removed, the TIMEX3s found there with their
/// extents as offsets into that text, and the document creation time — the TIMEX3 whose
/// functionInDocument is CREATION_TIME, usually the one in the DCT element. A missing DCT is allowed
/// (<see cref="TimeMlDocument.Dct"/> is null); input that is not well-formed XML, has no TEXT
/// element, or nests one TIMEX3 in another throws a <see cref="FormatException"/> that names the
/// source and the line.
/// </summary>
public static class TimeMlReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
    };

    /// <summary>Reads one .tml file; the document id is its DOCID, or the file name without extension.</summary>
    public static TimeMlDocument Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path, Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>Parses TimeML from <paramref name="input"/>; <paramref name="source"/> names it in error messages.</summary>
    public static TimeMlDocument Parse(TextReader input, string source, string? defaultId = null)
    {
        try
        {
            using var xml = XmlReader.Create(input, Settings);
            return new Pass(xml, source).Run(defaultId ?? source);
        }
        catch (XmlException e)
        {
            throw new FormatException($"{source}: not well-formed XML: {e.Message}", e);
        }
    }

    /// <summary>The state of one pass over the XML: the text so far and the TIMEX3 being read.</summary>
    private sealed class Pass(XmlReader xml, string source)
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _outside = new();
        private readonly List<TimeMlTimex> _timexes = [];
        private TimeMlTimex? _dct;
        private TimeMlTimex? _open;
        private bool _inText, _sawText, _inDocId;
        private string? _docId;

        public TimeMlDocument Run(string defaultId)
        {
            while (xml.Read())
            {
                switch (xml.NodeType)
                {
                    case XmlNodeType.Element: Start(); break;
                    case XmlNodeType.EndElement: End(); break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        Characters(xml.Value);
                        break;
                }
            }
            if (!_sawText) throw Error("no TEXT element");
            return new TimeMlDocument(string.IsNullOrWhiteSpace(_docId) ? defaultId : _docId.Trim(), _text.ToString(), _dct, _timexes);
        }

        private void Start()
        {
            switch (xml.LocalName)
            {
                case "TEXT":
                    if (_sawText) throw Error("more than one TEXT element");
                    if (_open is not null) throw Error("TEXT inside a TIMEX3");
                    _sawText = true;
                    _inText = !xml.IsEmptyElement;
                    break;
                case "DOCID":
                    _inDocId = !xml.IsEmptyElement;
                    _docId = "";
                    break;
                case "TIMEX3":
                    if (_open is not null) throw Error($"TIMEX3 {xml.GetAttribute("tid")} nested in TIMEX3 {_open.Tid}");
                    var type = xml.GetAttribute("type");
                    if (string.IsNullOrWhiteSpace(type)) throw Error($"TIMEX3 {xml.GetAttribute("tid")} has no type");
                    int start = _inText ? _text.Length : -1;
                    _outside.Clear();
                    _open = new TimeMlTimex(
                        xml.GetAttribute("tid") ?? "", type.Trim(), xml.GetAttribute("value")?.Trim() ?? "",
                        NullIfEmpty(xml.GetAttribute("mod")), NullIfEmpty(xml.GetAttribute("anchorTimeID")),
                        NullIfEmpty(xml.GetAttribute("functionInDocument")), start, start, "");
                    if (xml.IsEmptyElement) Close();
                    break;
            }
        }

        private void End()
        {
            switch (xml.LocalName)
            {
                case "TEXT": _inText = false; break;
                case "DOCID": _inDocId = false; break;
                case "TIMEX3": Close(); break;
            }
        }

        private void Characters(string value)
        {
            if (_inText) _text.Append(value);
            else if (_open is not null) _outside.Append(value);
            if (_inDocId) _docId += value;
        }

        private void Close()
        {
            var t = _open!;
            _open = null;
            t = t.Start >= 0
                ? t with { End = _text.Length, Text = _text.ToString(t.Start, _text.Length - t.Start) }
                : t with { Text = _outside.ToString() };
            if (t.IsCreationTime && _dct is null) _dct = t;
            else if (t.Start >= 0 && !t.IsCreationTime) _timexes.Add(t);
        }

        private FormatException Error(string reason) =>
            new(xml is IXmlLineInfo info && info.HasLineInfo() ? $"{source}: line {info.LineNumber}: {reason}" : $"{source}: {reason}");

        private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
