using Sitrep.Ingest.Articles;
using Sitrep.News.Actors;
using Sitrep.News.Mentions;
using Sitrep.News.Times;

namespace Sitrep.News.Pipeline;

/// <summary>
/// Infers the date of an article that states none, then re-reads its times against it. Two kinds
/// of evidence: the latest explicit date the text mentions, and the offices of the people it names
/// with a title ("US President Joe Biden" cannot be written before 2021-01-20; "former President
/// Donald Trump" not before 2021-01-20 either). The later bound wins, at the year when it comes
/// from an office. The result is marked inferred, with its evidence.
/// </summary>
public sealed class PublicationDateAnnotator(ActorBase actors, TimeTagger tagger) : IArticleAnnotator
{
    public string Name => "publication-date";

    public void Annotate(AnalyzedArticle a)
    {
        if (a.Article.Published is not null) return;
        var explicitDate = DocumentDateInference.Infer(a.Times);
        var office = LatestOfficeBound(a);
        PartialDate? date = explicitDate?.Date;
        string? evidence = explicitDate?.Evidence;
        if (office is { } bound && (date is null || bound.Day > date.Value.LastDay))
        {
            date = new PartialDate(bound.Day.Year);
            evidence = $"not before {bound.Day:yyyy-MM-dd}: \"{bound.Mention}\" ({bound.Why})";
        }
        if (date is null) return;
        a.Published = date;
        a.PublishedInferred = true;
        a.PublishedEvidence = evidence;
        a.Times = tagger.Tag(a.Text, a.Tokens, a.Sentences, date).ToList();
    }

    private (DateOnly Day, string Mention, string Why)? LatestOfficeBound(AnalyzedArticle a)
    {
        (DateOnly Day, string Mention, string Why)? best = null;
        foreach (var m in a.Mentions)
        {
            if (m.Type != MentionType.Person || m.ActorId is null || actors.ById(m.ActorId) is not { } actor) continue;
            var before = Preceding(a.Text, m.Start, 3);
            if (!before.Any(w => NameWords.IsTitle(w)) || before.All(w => w is "of" or "the")) continue;
            bool former = before.Contains("former", StringComparer.OrdinalIgnoreCase) || before.Contains("ex", StringComparer.OrdinalIgnoreCase);
            var role = former
                ? actor.Roles.Where(r => r.Until is not null).MaxBy(r => r.Until)
                : actor.Roles.Where(r => r.From is not null).MaxBy(r => r.From);
            if (role is null) continue;
            var day = former ? role.Until!.Value : role.From!.Value;
            if (best is null || day > best.Value.Day)
                best = (day, a.Text[m.Start..m.End], former ? $"{role.Code} until {role.Until:yyyy-MM-dd}" : $"{role.Code} from {role.From:yyyy-MM-dd}");
        }
        return best;
    }

    /// <summary>The words right before a position, nearest last, within the same line.</summary>
    private static List<string> Preceding(string text, int position, int count)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        var words = text[lineStart..position].Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Skip(Math.Max(0, words.Length - count)).ToList();
    }
}
