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
    public static string Render(Situation s)
    {
        var sections = new SituationSections(s);
        var sb = new StringBuilder();
        sb.Append("# Situation report\n\n").Append(MarkdownText.Escape(sections.Scope())).Append("\n\n");
        if (s.Disagreements.Count > 0)
        {
            sb.Append("## Where the sources disagree\n\n");
            foreach (var d in s.Disagreements)
            {
                sb.Append("### ").Append(MarkdownText.Escape(d.Topic)).Append("\n\n");
                MarkdownTable.Write(sb, sections.Disagreement(d));
            }
        }
        Events(sb, sections);
        Table(sb, "Timeline", sections.Timeline);
        Quotes(sb, sections);
        Table(sb, "Actors", sections.Actors);
        Table(sb, "Places", sections.Places);
        Table(sb, "Numbers", sections.Numbers);
        Articles(sb, s);
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static void Table(StringBuilder sb, string heading, TextTable table)
    {
        if (table.Rows.Count == 0) return;
        sb.Append("## ").Append(heading).Append("\n\n");
        MarkdownTable.Write(sb, table);
    }

    private static void Events(StringBuilder sb, SituationSections sections)
    {
        if (sections.Events.Count == 0) return;
        sb.Append("## Who did what to whom\n\n");
        foreach (var e in sections.Events)
        {
            sb.Append("### ").Append(MarkdownText.Escape(e.Heading)).Append("\n\n").Append(MarkdownText.Escape(e.Facts)).Append("\n\n");
            foreach (var r in e.Reports)
            {
                sb.Append("- *").Append(MarkdownText.Escape(r.Title)).Append('*');
                if (r.Published is not null) sb.Append(" (").Append(MarkdownText.Escape(r.Published)).Append(')');
                sb.Append(": ").Append(MarkdownText.Escape(r.Sentence));
                if (r.ReportedBy is not null) sb.Append(" — according to ").Append(MarkdownText.Escape(r.ReportedBy));
                sb.Append('\n');
            }
            if (e.MoreReports > 0) sb.Append("- and ").Append(ReportText.Count(e.MoreReports, "more report")).Append('\n');
            sb.Append('\n');
        }
        if (sections.MoreEvents > 0) sb.Append("And ").Append(ReportText.Count(sections.MoreEvents, "more event")).Append(", each reported by fewer sources.\n\n");
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
                sb.Append("> ").Append(MarkdownText.Escape(ReportText.Clip(quote.Text, SituationSections.QuoteClip))).Append("\n\n");
                // The attribution sits outside the blockquote so renderers do not fold it into the quote.
                sb.Append("— ");
                if (!string.IsNullOrWhiteSpace(quote.Cue)) sb.Append(MarkdownText.Escape(quote.Cue)).Append(", ");
                sb.Append('*').Append(MarkdownText.Escape(article.Article.Title)).Append("*\n\n");
            }
        }
    }

    private static void Articles(StringBuilder sb, Situation s)
    {
        if (s.Articles.Count == 0) return;
        sb.Append("## Articles\n\n");
        foreach (var a in s.Articles)
        {
            var article = a.Article;
            sb.Append("### ").Append(MarkdownText.Escape(article.Title)).Append("\n\n");
            var meta = SituationSections.ArticleMeta(a).Select(MarkdownText.Escape).ToList();
            if ((article.Url ?? article.Path) is { } source) meta.Add(MarkdownText.Link(source));
            if (meta.Count > 0) sb.AppendJoin(" · ", meta).Append("\n\n");
            sb.Append(SituationSections.ArticleCounts(a)).Append("\n\n");
        }
    }
}
