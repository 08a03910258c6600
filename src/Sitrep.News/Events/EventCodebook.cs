using System.Globalization;
using Sitrep.News.Resources;

namespace Sitrep.News.Events;

/// <summary>
/// The CAMEO event codes Sitrep knows (resources/events-codes.tsv): each code's name, Goldstein score, quad class
/// and its PLOVER event type, mode and context. Loaded once per process.
/// </summary>
public sealed class EventCodebook
{
    public const string FileName = "events-codes.tsv";

    /// <summary>One CAMEO code: "190" Use conventional military force, Goldstein −10, quad class 4, PLOVER ASSAULT.</summary>
    public sealed record Code(string Cameo, string Name, double Goldstein, int QuadClass, string? Plover, string? Mode, string? Context)
    {
        /// <summary>The root: the first two digits ("19" of "1951").</summary>
        public string Root => Cameo[..2];
    }

    private static readonly Lazy<EventCodebook> Shared = new(() => Load(ResourceFiles.Find(FileName)));

    public static EventCodebook Default => Shared.Value;

    private readonly Dictionary<string, Code> _codes = new(StringComparer.Ordinal);

    public int Count => _codes.Count;

    public IEnumerable<Code> All => _codes.Values;

    public static EventCodebook Load(string path)
    {
        var book = new EventCodebook();
        foreach (var r in ResourceFiles.ReadTsv(path))
        {
            static string? Opt(string[] r, int i) => r.Length > i && r[i].Length > 0 ? r[i] : null;
            var goldstein = double.TryParse(r[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var g) ? g : 0;
            book._codes[r[0]] = new Code(r[0], r[1], goldstein, int.Parse(r[3], CultureInfo.InvariantCulture), Opt(r, 4), Opt(r, 5), Opt(r, 6));
        }
        return book;
    }

    /// <summary>The entry for a code; an unknown four-digit code falls back to its three-digit parent, then its root.</summary>
    public Code? Find(string cameo)
    {
        for (int n = cameo.Length; n >= 2; n--)
            if (_codes.TryGetValue(cameo[..n], out var c)) return c;
        return null;
    }

    /// <summary>
    /// CAMEO's quad classes by root: 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict
    /// (09–13), 4 material conflict (14–20) — as GDELT 2.0 codes QuadClass.
    /// </summary>
    public static int QuadClassOf(string cameo)
    {
        if (cameo.Length < 2 || !int.TryParse(cameo.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var root)) return 0;
        return root switch { <= 5 => 1, <= 8 => 2, <= 13 => 3, _ => 4 };
    }
}
