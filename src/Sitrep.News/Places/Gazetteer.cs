using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Sitrep.News.Resources;
using Sitrep.Nlp.Matching;
using Sitrep.News.Documents;

namespace Sitrep.News.Places;

/// <summary>
/// Sitrep's gazetteer (resources/places.tsv.gz, built from GeoNames): every name and alternate
/// name of countries, provinces, districts and towns in one phrase matcher, plus demonyms.
/// Loaded once per process on first use; read-only and thread-safe afterwards.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The converted gazetteer and demonym table (built by 'sitrep resources build').</summary>
    public const string FileName = "places.tsv.gz";
    public const string DemonymFileName = "demonyms.tsv.gz";

    private static readonly Lazy<Gazetteer> Shared = new(() => Load(ResourceFiles.Find(FileName), ResourceFiles.Find(DemonymFileName)));

    public static Gazetteer Default => Shared.Value;

    private readonly Dictionary<string, Place> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _countries3 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _provinces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _byId;
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.OrdinalIgnoreCase);

    public PhraseMatcher<Place> Names { get; }

    public Gazetteer() : this(0, 0) { }

    private Gazetteer(int expectedTokens, int expectedPlaces)
    {
        Names = new PhraseMatcher<Place>(expectedTokens);
        _byId = new Dictionary<string, Place>(expectedPlaces, StringComparer.Ordinal);
    }

    public int Count => _byId.Count;

    /// <summary>
    /// Loads resources/places.tsv.gz (and the demonym table). Two threads share the work: this one
    /// reads and parses the rows into places, a second adds their stored matcher keys to
    /// <see cref="Names"/> in file order, block by block as they are read.
    /// </summary>
    public static Gazetteer Load(string placesPath, string? demonymsPath)
    {
        // Some 32 bytes of gzipped text a row and 8 a name token: enough to size the tables once (they grow if not).
        long bytes = new FileInfo(placesPath).Length * (placesPath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? 1 : 4);
        var g = new Gazetteer((int)Math.Min(bytes / 8, 1 << 24), (int)Math.Min(bytes / 32, 1 << 22));
        var blocks = new BlockingCollection<List<(char[] Text, List<(Place Place, Range Keys)> Rows)>>();
        var names = Task.Run(() =>
        {
            foreach (var batch in blocks.GetConsumingEnumerable())
                foreach (var (text, rows) in batch)
                    foreach (var (place, keys) in rows) g.AddKeys(place, text.AsSpan()[keys]);
        });
        try
        {
            g.ReadPlaces(placesPath, blocks);
        }
        finally
        {
            blocks.CompleteAdding();
            names.Wait();
        }
        if (demonymsPath is not null)
            foreach (var c in ResourceFiles.ReadTsv(demonymsPath))
                g._demonyms.TryAdd(c[0], c[1]);
        return g;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per process over 100,000 rows: no slow first tier
    private void ReadPlaces(string path, BlockingCollection<List<(char[], List<(Place, Range)>)>> blocks)
    {
        // Country codes, feature classes, provinces and coordinate notes repeat across 100,000 rows: one string each.
        var shared = new HashSet<string>(StringComparer.Ordinal);
        var sharedBySpan = shared.GetAlternateLookup<ReadOnlySpan<char>>();
        string Shared(ReadOnlySpan<char> s)
        {
            if (sharedBySpan.TryGetValue(s, out var known)) return known;
            var added = s.ToString();
            shared.Add(added);
            return added;
        }
        Span<Range> cells = stackalloc Range[12];
        using var reader = new LineBlockReader(path);
        var batch = new List<(char[], List<(Place, Range)>)>();
        while (reader.Next(out var text, out int length))
        {
            var rows = new List<(Place, Range)>(length / 100);
            var block = text.AsSpan(0, length);
            foreach (var lineRange in block.Split('\n'))
            {
                var (lineStart, lineLength) = lineRange.GetOffsetAndLength(length);
                var row = block.Slice(lineStart, lineLength).TrimEnd('\r');
                if (row.IsEmpty || row[0] == '#') continue;
                if (row.Split(cells, '\t') != 11) throw new InvalidDataException($"{path}: expected 11 columns in '{row}'");
                var admin1 = row[cells[5]];
                var source = row[cells[9]];
                var place = new Place(row[cells[0]].ToString(), row[cells[1]].ToString(), Shared(row[cells[2]]), Shared(row[cells[3]]), Shared(row[cells[4]]),
                    admin1.IsEmpty ? null : Shared(admin1),
                    Decimal(row[cells[6]]), Decimal(row[cells[7]]), Integer(row[cells[8]]), source.IsEmpty ? null : Shared(source));
                Register(place);
                var (keysStart, keysLength) = cells[10].GetOffsetAndLength(row.Length);
                rows.Add((place, new Range(lineStart + keysStart, lineStart + keysStart + keysLength)));
            }
            // Handed over a few blocks at a time: each hand-over may wake the other thread.
            batch.Add((text, rows));
            if (batch.Count == 8) { blocks.Add(batch); batch = []; }
        }
        if (batch.Count > 0) blocks.Add(batch);
    }

    /// <summary>
    /// A coordinate as the builder writes it ("-12.34567"), the same double that double.Parse gives: digits
    /// read as an integer below 2^53 and divided by an exact power of ten is one correctly rounded IEEE
    /// operation (Clinger 1990). Anything longer or other goes to double.Parse.
    /// </summary>
    private static double Decimal(ReadOnlySpan<char> s)
    {
        int i = s.Length > 0 && s[0] == '-' ? 1 : 0, point = -1, digits = 0;
        long mantissa = 0;
        for (int j = i; j < s.Length; j++)
        {
            char c = s[j];
            if (c == '.' && point < 0) { point = j; continue; }
            if (!char.IsAsciiDigit(c) || ++digits > 15) return double.Parse(s, CultureInfo.InvariantCulture);
            mantissa = mantissa * 10 + (c - '0');
        }
        if (digits == 0 || point == s.Length - 1) return double.Parse(s, CultureInfo.InvariantCulture);
        double value = point < 0 ? mantissa : mantissa / PowersOfTen[s.Length - point - 1];
        return i == 1 ? -value : value;
    }

    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

    private static long Integer(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 18) return long.Parse(s, CultureInfo.InvariantCulture);
        long n = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c)) return long.Parse(s, CultureInfo.InvariantCulture);
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /// <summary>A place's stored keys (written by the resource builder): '|' between names, the name's first, empty when it is the name in capitals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per process over 100,000 rows: no slow first tier
    private void AddKeys(Place place, ReadOnlySpan<char> keys)
    {
        bool own = true;
        foreach (var name in keys.Split('|'))
        {
            if (own && keys[name].IsEmpty) Names.AddFolded(place.Name.ToUpperInvariant(), place);
            else Names.AddFolded(keys[name], place);
            own = false;
        }
    }

    /// <summary>Adds a place under its name and alternate names (used by the loader and by tests that build a small gazetteer).</summary>
    public void Add(Place place, IEnumerable<string> alternateNames)
    {
        Register(place);
        Names.Add(place.Name, place);
        foreach (var n in alternateNames) Names.Add(n, place);
    }

    private void Register(Place place)
    {
        _byId[place.Id] = place;
        if (place.IsCountry)
        {
            _countries[place.Country] = place;
            _countries3[place.Country3] = place;
        }
        else if (place.IsAdmin1 && place.Admin1 is { } code) _provinces.TryAdd(code, place);
    }

    public Place? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The country entry for an ISO 3166-1 alpha-2 code.</summary>
    public Place? Country(string iso2) => _countries.GetValueOrDefault(iso2);

    /// <summary>The province (ADM1) entry of a place's <see cref="Place.Admin1"/> code ("AF.13" → Kabul province), or null.</summary>
    public Place? Province(string admin1) => _provinces.GetValueOrDefault(admin1);

    /// <summary>The country entry for an ISO 3166-1 alpha-3 code, which is also the CAMEO country code (AFG, RUS).</summary>
    public Place? CountryByCode3(string iso3) => _countries3.GetValueOrDefault(iso3);

    /// <summary>The country a demonym belongs to: "Afghan" → AF; for a region's adjective, the region's id ("European" → region:europe, which <see cref="Country"/> does not know).</summary>
    public string? CountryOfDemonym(ReadOnlySpan<char> word)
    {
        var lookup = _demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var cc)) return cc;
        // Plural of the people: "Afghans", "Tajiks".
        return word.Length > 4 && word[^1] == 's' && lookup.TryGetValue(word[..^1], out cc) ? cc : null;
    }

    public void AddDemonym(string demonym, string iso2) => _demonyms[demonym] = iso2;
}
