using System.CommandLine;
using System.Globalization;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep db check [--db FILE]`: checks a database for damage and reports it; exit 0 when clean, 1 when not.</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var check = new Command("check",
            "Check the database for damage: SQLite's quick_check, integrity_check and foreign_key_check, the full-text index, "
            + "and that every stored article is indexed and its analysis readable (exit 0 when clean, 1 when not; the file is not changed)") { db };
        check.SetAction(parse =>
        {
            var file = parse.GetValue(db)!;
            var report = DatabaseCheck.Run(file.FullName);
            Console.Write(Render(report));
            return report.Clean ? 0 : 1;
        });
        return new Command("db", "Look after the database file") { check };
    }

    /// <summary>One line per check ("ok", "PROBLEM" or "skipped"), its problems indented under it, and a verdict.</summary>
    internal static string Render(DatabaseCheckReport report)
    {
        var text = new System.Text.StringBuilder();
        var size = (report.Bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
        text.Append(CultureInfo.InvariantCulture, $"{report.DatabasePath}: {size} MB");
        if (report.Articles >= 0 && report.Checks.Any(c => c.Name == "stored analyses" && !c.Skipped))
            text.Append(CultureInfo.InvariantCulture, $", {report.Articles} article(s), {report.Mentions} mention(s)");
        text.Append('\n');
        foreach (var check in report.Checks)
        {
            var state = check.Skipped ? "skipped" : check.Clean ? "ok" : "PROBLEM";
            text.Append(CultureInfo.InvariantCulture, $"{state,-8} {check.Name}");
            if (!check.Skipped) text.Append(CultureInfo.InvariantCulture, $" ({check.Elapsed.TotalSeconds:0.00} s)");
            if (check.Note is { } note) text.Append(CultureInfo.InvariantCulture, $" ({note})");
            text.Append('\n');
            foreach (var problem in check.Problems) text.Append(CultureInfo.InvariantCulture, $"         {problem}\n");
        }
        var seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        text.Append(report.Clean
            ? $"clean ({seconds} s)\n"
            : $"{report.ProblemCount} problem(s) found ({seconds} s)\n");
        return text.ToString();
    }
}
