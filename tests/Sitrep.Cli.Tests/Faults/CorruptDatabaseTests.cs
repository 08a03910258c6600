using System.Text;
using Xunit;

namespace Sitrep.Cli.Tests.Faults;

/// <summary>
/// A database damaged on purpose (its header, a page in the middle, cut short, or replaced): every command that opens
/// it says so in one line naming the file, exits 1 and prints no stack trace; <c>sitrep db check</c> reports it.
/// The page in the middle is one that holds articles, which every command reads (ingest reads the whole file with
/// quick_check before it writes; report, search and entity read the articles); see docs/reliability.md.
/// </summary>
public sealed class CorruptDatabaseTests(SmallDatabase source) : IClassFixture<SmallDatabase>
{
    private const string NotSqlite = "not a Sitrep database (not an SQLite file, or its header is damaged)";

    private static readonly string[] Damages =
        ["header magic overwritten", "header page size zeroed", "article page overwritten", "cut to half", "cut inside the header", "random bytes", "a text file"];

    private static readonly string[] Commands = ["ingest", "report", "search", "entity"];

    public static TheoryData<string, string> DamageAndCommand()
    {
        var data = new TheoryData<string, string>();
        foreach (var damage in Damages)
            foreach (var command in Commands) data.Add(damage, command);
        return data;
    }

    public static TheoryData<string> Damage() => new(Damages);

    [Theory]
    [MemberData(nameof(DamageAndCommand))]
    public async Task Every_command_names_the_damaged_file_and_what_is_wrong(string damage, string command)
    {
        using var temp = new TempDirectory();
        var db = source.CopyTo(temp.File("sitrep.db"));
        Apply(damage, db);

        var run = await SitrepProcess.RunAsync(command switch
        {
            "ingest" => ["ingest", source.NewArticles, "--db", db],
            "report" => ["report", "--db", db, "--format", "json"],
            "search" => ["search", "trucks", "--db", db],
            _ => ["entity", "Termez", "--db", db],
        });

        if (IsNotSqlite(damage))
            FaultAssert.OneError(run, $"error: {db}: {NotSqlite}");
        else
            FaultAssert.OneError(run, $"error: {db}: database is corrupt: ", "; run `sitrep db check`");
    }

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task Db_check_reports_the_damage_and_exits_1(string damage)
    {
        using var temp = new TempDirectory();
        var db = source.CopyTo(temp.File("sitrep.db"));
        Apply(damage, db);

        var run = await SitrepProcess.RunAsync("db", "check", "--db", db);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("", run.Stderr);
        Assert.Contains("\nPROBLEM  ", run.Stdout);
        Assert.Matches(@"\n\d+ problem\(s\) found \(\d+\.\d\d s\)\n$", run.Stdout);
        if (IsNotSqlite(damage)) Assert.Contains("not an SQLite database, or its header is damaged", run.Stdout);
    }

    private static bool IsNotSqlite(string damage) => damage.StartsWith("header", StringComparison.Ordinal) || damage is "random bytes" or "a text file";

    private static void Apply(string damage, string db)
    {
        switch (damage)
        {
            case "header magic overwritten":
                Overwrite(db, 0, "not sqlite at all"u8.ToArray()[..16]);
                break;
            case "header page size zeroed":
                // Bytes 16-17 hold the page size (https://sqlite.org/fileformat2.html#the_database_header); 0 is none.
                Overwrite(db, 16, [0, 0]);
                break;
            case "article page overwritten":
                OverwriteArticlePage(db);
                break;
            case "cut to half":
                Truncate(db, new FileInfo(db).Length / 2);
                break;
            case "cut inside the header":
                Truncate(db, 60);
                break;
            case "random bytes":
                File.WriteAllBytes(db, RandomBytes((int)new FileInfo(db).Length));
                break;
            case "a text file":
                File.WriteAllText(db, "Termez bridge reopens\n\nThe bridge at Termez reopened on Monday.\n");
                break;
            default:
                throw new ArgumentException(damage);
        }
    }

    /// <summary>
    /// Random bytes over the page that holds the middle article's row, found by its title: the articles table is the only
    /// place that keeps titles as written (the full-text index keeps tokens, the mentions their names).
    /// </summary>
    private static void OverwriteArticlePage(string db)
    {
        var bytes = File.ReadAllBytes(db);
        int pageSize = bytes[16] << 8 | bytes[17];
        var title = Encoding.UTF8.GetBytes(GeneratedArticles.Title(SmallDatabase.ArticleCount / 2));
        int at = bytes.AsSpan().IndexOf(title);
        Assert.True(at > 0, "the middle article's title is not in the file");
        Overwrite(db, at / pageSize * pageSize, RandomBytes(pageSize));
    }

    private static void Overwrite(string path, long offset, byte[] bytes)
    {
        using var file = new FileStream(path, FileMode.Open);
        file.Position = offset;
        file.Write(bytes);
    }

    private static void Truncate(string path, long length)
    {
        using var file = new FileStream(path, FileMode.Open);
        file.SetLength(length);
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(13).NextBytes(bytes);
        return bytes;
    }
}
