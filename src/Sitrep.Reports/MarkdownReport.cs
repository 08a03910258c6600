using System.Globalization;
using System.Text;
using Sitrep.Corpus.Situations;
using Sitrep.Reports.Markdown;
using Sitrep.Reports.Sections;

namespace Sitrep.Reports;

/// <summary>
/// The situation report as Markdown, for reading in a terminal or a Git viewer: disagreements first
/// (what an analyst must check), then the timeline, quotes, actors, places, numbers and the articles.
/// Empty sections are left out. Lines end in "\n" on every platform so output is byte-identical.
/// </summary>
public static class MarkdownReport
{
    private const int DisagreementClip = 200;
    private const int TimelineClip = 160;
    private const int QuoteClip = 300;

    public static string Render(Situation s)
    {
        var sections = new SituationSections(s);
        var sb = new StringBuilder();
        sb.Append("# Situation report\n\n").Append(MarkdownText.Escape(sections.Scope())).Append("\n\n");
        Disagreements(sb, sections);
        Timeline(sb, sections);
        Quotes(sb, sections);
        Actors(sb, sections);
        Places(sb, sections);
        Numbers(sb, sections);
        Articles(sb, s);
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static void Disagreements(StringBuilder sb, SituationSections sections)
    {
        if (sections.Situation.Disagreements.Count == 0) return;
        sb.Append("## Where the sources disagree\n\n");
        foreach (var d in sections.Situation.Disagreements)
        {
            sb.Append("### ").Append(MarkdownText.Escape(d.Topic)).Append("\n\n");
            var table = new MarkdownTable("answer", "article", "published", "what it says");
            foreach (var v in d.Values)
                table.Row(v.Value, sections.ArticleTitle(v.Article), v.Published, ReportText.Clip(v.Text, DisagreementClip));
            table.WriteTo(sb);
        }
    }

    private static void Timeline(StringBuilder sb, SituationSections sections)
    {
        if (sections.Situation.Timeline.Count == 0) return;
        sb.Append("## Timeline\n\n");
        var table = new MarkdownTable("date", "what", "source");
        foreach (var t in sections.Situation.Timeline)
            table.Row(t.Date, ReportText.Clip(t.Text, TimelineClip), sections.ArticleTitle(t.Article));
        table.WriteTo(sb);
    }

    private static void Quotes(StringBuilder sb, SituationSections sections)
    {
        if (sections.Speakers.Count == 0) return;
        sb.Append("## Who said what\n\n");
        foreach (var speaker in sections.Speakers)
        {
            sb.Append("### ").Append(MarkdownText.Escape(speaker.Label)).Append("\n\n");
            foreach (var (quote, article) in speaker.Quotes)
            {
                sb.Append("> ").Append(MarkdownText.Escape(ReportText.Clip(quote.Text, QuoteClip))).Append("\n\n");
                // The attribution sits outside the blockquote so renderers do not fold it into the quote.
                sb.Append("— ");
                if (!string.IsNullOrWhiteSpace(quote.Cue)) sb.Append(MarkdownText.Escape(quote.Cue)).Append(", ");
                sb.Append('*').Append(MarkdownText.Escape(article.Article.Title)).Append("*\n\n");
            }
        }
    }

    private static void Actors(StringBuilder sb, SituationSections sections)
    {
        if (sections.Actors.Rows.Count == 0) return;
        sb.Append("## Actors\n\n");
        var table = new MarkdownTable("name", "type", "code", "mentions", "articles", "also written as");
        foreach (var e in sections.Actors.Rows)
            table.Row(e.Name, ReportText.TypeLabel(e.Type), e.Actor, Count(e.MentionCount), Count(e.Articles.Count),
                string.Join(", ", e.Aliases.Take(SituationSections.MaxAliases)));
        table.WriteTo(sb);
        More(sb, sections.Actors.More, "actor");
    }

    private static void Places(StringBuilder sb, SituationSections sections)
    {
        if (sections.Places.Rows.Count == 0) return;
        sb.Append("## Places\n\n");
        var table = new MarkdownTable("place", "kind", "country", "lat, lon", "mentions");
        foreach (var e in sections.Places.Rows)
            table.Row(e.Name, e.Place is { } p ? ReportText.PlaceKind(p.FeatureClass) : null, e.Place?.Country,
                e.Place is { } q ? ReportText.Coordinates(q) : null, Count(e.MentionCount));
        table.WriteTo(sb);
        More(sb, sections.Places.More, "place");
    }

    private static void Numbers(StringBuilder sb, SituationSections sections)
    {
        if (sections.Numbers.Rows.Count == 0) return;
        sb.Append("## Numbers\n\n");
        var table = new MarkdownTable("figure", "value", "unit", "qualifier", "article");
        foreach (var (q, article) in sections.Numbers.Rows)
            table.Row(q.Text, ReportText.Number(q.Value), q.Unit, q.Qualifier, article.Article.Title);
        table.WriteTo(sb);
        More(sb, sections.Numbers.More, "figure");
    }

    private static void Articles(StringBuilder sb, Situation s)
    {
        if (s.Articles.Count == 0) return;
        sb.Append("## Articles\n\n");
        foreach (var a in s.Articles)
        {
            var article = a.Article;
            sb.Append("### ").Append(MarkdownText.Escape(article.Title)).Append("\n\n");
            var source = article.Url ?? article.Path;
            var meta = new[] { article.Site, article.Author, SituationSections.PublishedLabel(a) }
                .Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => MarkdownText.Escape(p!))
                .Concat(source is null ? [] : [MarkdownText.Link(source)])
                .ToList();
            if (meta.Count > 0) sb.AppendJoin(" · ", meta).Append("\n\n");
            sb.Append(SituationSections.ArticleCounts(a)).Append("\n\n");
        }
    }

    private static void More(StringBuilder sb, int more, string noun)
    {
        if (more > 0) sb.Append("…and ").Append(ReportText.Count(more, "more " + noun)).Append(".\n\n");
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
