using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// Zip and tar archives (tar, tar.gz, .tgz) built in memory: entries of every readable format (written by the other
/// grammars, half of them mutated), hidden files, folders, hostile names ("../../x", "/abs", "C:\x", control
/// characters, 300 characters), duplicates, archives inside archives, links and devices in tars, and now and then an
/// entry that compresses a thousandfold. The container itself is valid; mutation then damages its bytes.
/// </summary>
public sealed class ArchiveGrammar(bool zip) : IFuzzGrammar
{
    public static readonly ArchiveGrammar Zip = new(zip: true);
    public static readonly ArchiveGrammar Tar = new(zip: false);

    private static readonly string[] Folders = ["", "", "news/", "a/b/c/", "../", "../../etc/", "/abs/", "C:\\win\\", ".hidden/", "__MACOSX/", "dir\u0001/", "ü/", "./"];

    private IReadOnlyList<FuzzSeed>? _seeds;

    public bool Binary => true;

    public IReadOnlyList<FuzzSeed> Seeds => _seeds ??= BuildSeeds();

    // Archives are damaged byte-wise: these only matter when a mutant lands in a stored (uncompressed) entry or a tar header.
    public IReadOnlyList<string> NastyTokens { get; } = ["\0", "ustar\0", "ustar  \0", "PK\u0003\u0004", "PK\u0001\u0002", "PK\u0005\u0006", "../../", "\u001f\u008b", "00000000000", "77777777777"];

    public FuzzSeed Generate(Random random)
    {
        var entries = new List<(string Name, byte[] Bytes)>();
        for (int i = random.Next(0, 7); i > 0; i--) entries.Add(Entry(random));
        if (random.Next(15) == 0) entries.Add(("bomb.txt", new byte[random.Next(1, 3) << 20]));
        return zip ? new FuzzSeed("a.zip", ZipOf(entries, random)) : TarOf(entries, random);
    }

    private IReadOnlyList<FuzzSeed> BuildSeeds()
    {
        var html = HtmlGrammar.Instance.Seeds[0].Bytes;
        var text = TextGrammar.Instance.Seeds[0].Bytes;
        var jsonl = JsonLinesGrammar.Instance.Seeds[0].Bytes;
        var csv = CsvGrammar.Instance.Seeds[0].Bytes;
        var feed = FeedGrammar.Instance.Seeds[2].Bytes;
        List<(string, byte[])> entries = [("news/depot.html", html), ("news/depot.txt", text), ("data/articles.jsonl", jsonl), ("data/articles.csv", csv), ("feeds/courier.atom", feed), ("README.md", "read me"u8.ToArray()), (".DS_Store", [0, 0, 0, 1])];
        var random = new Random(1);
        if (zip) return [new FuzzSeed("a.zip", ZipOf(entries, random)), new FuzzSeed("b.zip", ZipOf(entries.Take(2).ToList(), random))];
        return
        [
            new FuzzSeed("a.tar", TarBytes(entries, TarEntryFormat.Pax, random)),
            new FuzzSeed("a.tar.gz", WarcGrammar.Gzip(TarBytes(entries, TarEntryFormat.Ustar, random))),
            new FuzzSeed("a.tgz", WarcGrammar.Gzip(TarBytes(entries.Take(3).ToList(), TarEntryFormat.Gnu, random))),
        ];
    }

    /// <summary>One entry: a document of a random format (mutated half the time) under a random, sometimes hostile, name.</summary>
    private static (string Name, byte[] Bytes) Entry(Random random)
    {
        IFuzzGrammar grammar = random.Next(8) switch
        {
            0 => TextGrammar.Instance,
            1 => JsonLinesGrammar.Instance,
            2 => CsvGrammar.Instance,
            3 => FeedGrammar.Instance,
            4 => SitemapGrammar.Instance,
            5 => WarcGrammar.Plain,
            _ => HtmlGrammar.Instance,
        };
        var doc = random.Next(3) == 0 ? FuzzText.Pick(random, grammar.Seeds) : grammar.Generate(random);
        var bytes = random.Next(2) == 0 ? Mutations.Apply(doc.Bytes, random, grammar, []) : doc.Bytes;
        var name = FuzzText.Pick(random, Folders) + doc.Name;
        switch (random.Next(12))
        {
            case 0: name = FuzzText.Pick(random, ["", "/", ".", "..", "x.zip", "y.tar.gz", "image.png", "README", "LICENSE.txt", new string('n', 300) + ".txt", "a\0b.txt", "con.html", "dup.html"]); break;
            case 1: bytes = WarcGrammar.Gzip(bytes); name += ".gz"; break;
        }
        return (name, bytes);
    }

    private static byte[] ZipOf(List<(string Name, byte[] Bytes)> entries, Random random)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                var level = random.Next(3) == 0 ? CompressionLevel.NoCompression : CompressionLevel.Fastest;
                var entry = archive.CreateEntry(name.Length == 0 ? "unnamed" : name.Replace('\0', '_'), level);
                using var stream = entry.Open();
                stream.Write(bytes);
            }
            if (random.Next(6) == 0) archive.CreateEntry("empty-folder/");
        }
        return buffer.ToArray();
    }

    private static FuzzSeed TarOf(List<(string Name, byte[] Bytes)> entries, Random random)
    {
        var format = FuzzText.Pick(random, [TarEntryFormat.V7, TarEntryFormat.Ustar, TarEntryFormat.Pax, TarEntryFormat.Gnu]);
        var tar = TarBytes(entries, format, random);
        return random.Next(3) switch
        {
            0 => new FuzzSeed("a.tar", tar),
            1 => new FuzzSeed("a.tar.gz", WarcGrammar.Gzip(tar)),
            _ => new FuzzSeed("a.tgz", WarcGrammar.Gzip(tar)),
        };
    }

    private static byte[] TarBytes(List<(string Name, byte[] Bytes)> entries, TarEntryFormat format, Random random)
    {
        using var buffer = new MemoryStream();
        using (var writer = new TarWriter(buffer, format, leaveOpen: true))
        {
            foreach (var (raw, bytes) in entries)
            {
                // V7 and ustar hold names of at most 100 (ustar: 255 with a prefix) bytes; longer ones need pax or GNU.
                var name = raw.Replace('\0', '_');
                if (name.Length == 0) name = "unnamed";
                if (format is TarEntryFormat.V7 or TarEntryFormat.Ustar && Encoding.UTF8.GetByteCount(name) > 99) name = name[^Math.Min(name.Length, 40)..];
                if (format == TarEntryFormat.V7 && name.Any(c => c > 127)) name = "ascii-" + random.Next(1000) + ".html";
                TarEntry entry = format switch
                {
                    TarEntryFormat.V7 => new V7TarEntry(TarEntryType.V7RegularFile, name),
                    TarEntryFormat.Ustar => new UstarTarEntry(TarEntryType.RegularFile, name),
                    TarEntryFormat.Pax => new PaxTarEntry(TarEntryType.RegularFile, name),
                    _ => new GnuTarEntry(TarEntryType.RegularFile, name),
                };
                entry.DataStream = new MemoryStream(bytes);
                writer.WriteEntry(entry);
                if (random.Next(8) == 0) writer.WriteEntry(Special(format, random));
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A folder, a link or a device: entries a tar holds that are not files to read.</summary>
    private static TarEntry Special(TarEntryFormat format, Random random)
    {
        var type = format == TarEntryFormat.V7
            ? FuzzText.Pick(random, [TarEntryType.Directory, TarEntryType.SymbolicLink, TarEntryType.HardLink])
            : FuzzText.Pick(random, [TarEntryType.Directory, TarEntryType.SymbolicLink, TarEntryType.HardLink, TarEntryType.Fifo, TarEntryType.CharacterDevice]);
        var name = FuzzText.Pick(random, ["dir/", "link.html", "../escape.html", "dev"]);
        TarEntry entry = format switch
        {
            TarEntryFormat.V7 => new V7TarEntry(type, name),
            TarEntryFormat.Ustar => new UstarTarEntry(type, name),
            TarEntryFormat.Pax => new PaxTarEntry(type, name),
            _ => new GnuTarEntry(type, name),
        };
        if (type is TarEntryType.SymbolicLink or TarEntryType.HardLink) entry.LinkName = FuzzText.Pick(random, ["/etc/passwd", "../../x", "news/depot.html"]);
        return entry;
    }
}
