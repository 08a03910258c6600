using Sitrep.Articles;
using Sitrep.News.Actors;
using Sitrep.News.Times;
using Sitrep.News.Documents;
using Sitrep.News.Pipeline;

namespace Sitrep.News.PublicationDates;

/// <summary>
/// Settles the article's date: the one its source states, or, for an article that states none, one inferred
/// from two kinds of evidence: the latest explicit date the text mentions, and the offices of the people it names
/// with a title ("US President Joe Biden" cannot be written before 2021-01-20; "former President
/// Donald Trump" not before 2021-01-20 either). The later bound wins, at the year when it comes
/// from an office. An inferred date is marked so, with its evidence and window.
/// The explicit dates are read by a pass of the time tagger with no date of its own; the times layer is
/// tagged once, after this step, against the date it settles.
/// </summary>
public sealed class PublicationDateAnnotator(ActorBase actors, TimeTagger tagger) : IArticleAnnotator
{
    public string Name => "publication-date";

    public IReadOnlyList<Layer> Requires => [Layers.Names];

    public IReadOnlyList<Layer> Assigns => [Layers.Published];

    public ArticleAnalysis Annotate(ArticleAnalysis a)
    {
        if (a.Article.Published is { } stated) return a with { Published = stated };
        var undated = TimeAnnotator.Tag(tagger, a, null);
        // Deadlines ("by August 31, 2021") lie ahead of the article; only dates it looks back on bound its age.
        var explicitDate = DocumentDateInference.Infer(undated.Where(t => !AfterDeadlineCue(a.Text, t.Start)).ToList());
        var office = LatestOfficeBound(a);
        PartialDate? date = explicitDate?.Date;
        string? evidence = explicitDate?.Evidence;
        var window = date is { } d ? PublicationWindow.After(d) : null;
        if (office is { } bound && (date is null || bound.Day > date.Value.LastDay))
        {
            date = new PartialDate(bound.Day.Year);
            evidence = $"not before {bound.Day:yyyy-MM-dd}: \"{bound.Mention}\" ({bound.Why})";
            // A sitting officeholder bounds the date on both sides; a former one only from below.
            window = new PublicationWindow(bound.Day, bound.Until);
        }
        if (date is null) return a;
        return a with { Published = date, PublishedInferred = true, PublishedEvidence = evidence, PublishedWindow = window };
    }

    private (DateOnly Day, DateOnly? Until, string Mention, string Why)? LatestOfficeBound(ArticleAnalysis a)
    {
        (DateOnly Day, DateOnly? Until, string Mention, string Why)? best = null;
        foreach (var m in a.Names)
        {
            if (m.Type != MentionType.Person || m.ActorId is null || actors.ById(m.ActorId) is not { } actor) continue;
            var before = Preceding(a.Text, m.Start, 4);
            if (!before.Any(w => OfficeTitles.Contains(w)) || before.Any(w => w is "Vice" or "Deputy" or "vice" or "deputy")) continue;
            bool former = before.Contains("former", StringComparer.OrdinalIgnoreCase) || before.Contains("ex", StringComparer.OrdinalIgnoreCase);
            var offices = actor.Roles.Where(r => r.Code.Contains("GOV", StringComparison.Ordinal)).ToList();
            var role = former
                ? offices.Where(r => r.Until is not null).MaxBy(r => r.Until)
                : offices.Where(r => r.From is not null).MaxBy(r => r.From);
            // Several terms in the office the title names (Trump: 2017–2021 and from 2025): a sitting holder is
            // only known to be past the first term's start, and bounded by the last term's end.
            var terms = offices.Where(r => r.From is not null && r.OfficeNames.Any(o => o.Split(' ').Where(w => w is not ("of" or "the")).All(w => before.Contains(w, StringComparer.OrdinalIgnoreCase)))).ToList();
            DateOnly? until = role?.Until;
            if (!former && terms.Count > 1)
            {
                role = terms.MinBy(r => r.From);
                until = terms.Any(r => r.Until is null) ? null : terms.Max(r => r.Until);
            }
            if (role is null) continue;
            var day = former ? role.Until!.Value : role.From!.Value;
            if (best is null || day > best.Value.Day)
                best = (day, former ? null : until, a.Text[m.Start..m.End], former ? $"{role.Code} until {role.Until:yyyy-MM-dd}" : $"{role.Code} from {role.From:yyyy-MM-dd}");
        }
        return best;
    }

    /// <summary>Titles of government offices whose holders the actor base dates (a "spokesman" or "Mullah" says nothing of the date).</summary>
    private static readonly HashSet<string> OfficeTitles = new(StringComparer.OrdinalIgnoreCase)
    { "President", "Secretary", "Minister", "Chancellor", "Premier", "Governor" };

    /// <summary>A date the article looks ahead to: after a deadline word, or in a clause with a future modal ("should be completed on").</summary>
    private static bool AfterDeadlineCue(string text, int start)
    {
        var words = Preceding(text, start, 6);
        if (words.Count > 0 && words[^1].ToLowerInvariant() is "by" or "until" or "till" or "before" or "deadline") return true;
        return words.Any(w => w.ToLowerInvariant() is "will" or "shall" or "should" or "would" or "due" or "must");
    }

    /// <summary>
    /// The words right before a position, nearest last, within the same line (words are split at spaces, commas
    /// and tabs). Read backwards from the position, so that a paragraph printed as one long line is not copied
    /// and split again for every name and date in it.
    /// </summary>
    private static List<string> Preceding(string text, int position, int count)
    {
        var words = new List<string>(count);
        int end = position;
        for (int i = position - 1; words.Count < count; i--)
        {
            char c = i >= 0 ? text[i] : '\n';
            if (c is not ('\n' or ' ' or ',' or '\t')) continue;
            if (end > i + 1) words.Add(text[(i + 1)..end]);
            if (c == '\n') break;
            end = i;
        }
        words.Reverse();
        return words;
    }
}
