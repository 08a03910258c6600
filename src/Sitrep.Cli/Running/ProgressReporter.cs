using Spectre.Console;

namespace Sitrep.Cli.Running;

/// <summary>
/// Shows a live count of analysed articles and errors on the terminal (stderr), and stays quiet when
/// stderr or stdout is redirected, so piped output and CI logs hold only the result and the errors.
/// Errors are always written to stderr, one line each, naming the input and the reason.
/// </summary>
public sealed class ProgressReporter
{
    // Our own styling goes to the raw terminal; article text reaches it only through Console.Error (TerminalText's safe writer).
    private readonly IAnsiConsole _err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TerminalText.RawError) });

    public bool Interactive { get; } = !Console.IsErrorRedirected && !Console.IsOutputRedirected;

    public int Succeeded { get; private set; }
    public int Failed { get; private set; }

    /// <summary>Consumes the outcomes, reporting each error, and hands every success to <paramref name="onArticle"/>.</summary>
    public void Consume(IEnumerable<ArticleOutcome> outcomes, Action<ArticleOutcome> onArticle, string verb = "Analysed")
    {
        if (!Interactive)
        {
            foreach (var o in outcomes) Handle(o, onArticle);
            return;
        }
        _err.Progress().AutoClear(true).HideCompleted(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(verb).IsIndeterminate();
                foreach (var o in outcomes)
                {
                    Handle(o, onArticle);
                    task.Description = $"{verb} {Succeeded} article(s), {Failed} error(s)";
                }
                task.StopTask();
            });
    }

    public int Notes { get; private set; }

    private void Handle(ArticleOutcome o, Action<ArticleOutcome> onArticle)
    {
        // A note is not an error: it says what was left out on purpose, and the exit code stays 0.
        if (o.Analysis is null && o.Error is null && o.Note is not null)
        {
            Notes++;
            Console.Error.WriteLine($"note: {o.Input}: {o.Note}");
            return;
        }
        if (o.Analysis is null)
        {
            Failed++;
            Console.Error.WriteLine($"error: {o.Input}: {o.Error}");
            return;
        }
        Succeeded++;
        onArticle(o);
    }
}
