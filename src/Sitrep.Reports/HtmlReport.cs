using System.Net;
using System.Text;
using Sitrep.Corpus.Situations;
using Sitrep.News.Mentions;
using Sitrep.News.Pipeline;
using Sitrep.Reports.Html;
using Sitrep.Reports.Sections;
using Sitrep.News.Documents;

namespace Sitrep.Reports;

/// <summary>
/// The situation report as one self-contained HTML page: inline CSS, no external fonts, scripts or
/// images, so it can be mailed, archived or opened offline. Same sections as <see cref="MarkdownReport"/>,
/// plus each article's full text with its mentions, times and quotes highlighted.
/// Every piece of article text goes through <see cref="WebUtility.HtmlEncode"/>.
/// </summary>
public static class HtmlReport
{
    // Closed <details> print as their summary only; open them all when the reader prints.
    private const string PrintScript = "addEventListener('beforeprint', () => document.querySelectorAll('details').forEach(d => d.open = true));";

    public static string Render(Situation s)
    {
        var sections = new SituationSections(s);
        var body = new StringBuilder();
        var nav = new List<(string Id, string Label)>();
        Section(body, nav, "disagreements", "Disagreements", "Where the sources disagree", s.Disagreements.Count > 0, () => Disagreements(body, sections));
        Section(body, nav, "events", "Events", "Who did what to whom", sections.Events.Count > 0, () => Events(body, sections));
        Section(body, nav, "timeline", "Timeline", "Timeline", s.Timeline.Count > 0, () => HtmlTable.Write(body, sections.Timeline));
        Section(body, nav, "quotes", "Quotes", "Who said what", sections.Speakers.Count > 0, () => Quotes(body, sections));
        Section(body, nav, "actors", "Actors", "Actors", sections.Actors.Rows.Count > 0, () => HtmlTable.Write(body, sections.Actors));
        Section(body, nav, "places", "Places", "Places", sections.Places.Rows.Count > 0, () => HtmlTable.Write(body, sections.Places));
        Section(body, nav, "numbers", "Numbers", "Numbers", sections.Numbers.Rows.Count > 0, () => HtmlTable.Write(body, sections.Numbers));
        Section(body, nav, "articles", "Articles", "Articles", s.Articles.Count > 0, () => Articles(body, sections));

        var sb = new StringBuilder(body.Length + HtmlStyle.Css.Length + 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"color-scheme\" content=\"light dark\">\n")
            .Append("<title>Situation report</title>\n<style>\n").Append(HtmlStyle.Css).Append("\n</style>\n</head>\n<body>\n");
        sb.Append("<nav><a href=\"#top\">Situation report</a>");
        foreach (var (id, label) in nav) sb.Append("<a href=\"#").Append(id).Append("\">").Append(label).Append("</a>");
        sb.Append("</nav>\n<main id=\"top\">\n<h1>Situation report</h1>\n<p class=\"scope\">").Append(Encode(sections.Scope())).Append("</p>\n");
        sb.Append(body);
        sb.Append("</main>\n<script>").Append(PrintScript).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>Writes a section and its nav link, or neither when the section would be empty.</summary>
    private static void Section(StringBuilder sb, List<(string, string)> nav, string id, string navLabel, string heading, bool present, Action content)
    {
        if (!present) return;
        nav.Add((id, navLabel));
        sb.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(Encode(heading)).Append("</h2>\n");
        content();
        sb.Append("</section>\n");
    }

    private static void Disagreements(StringBuilder sb, SituationSections sections)
    {
        foreach (var d in sections.Situation.Disagreements)
        {
            sb.Append("<h3>").Append(Encode(d.Topic)).Append("</h3>\n");
            HtmlTable.Write(sb, sections.Disagreement(d));
        }
    }

    private static void Events(StringBuilder sb, SituationSections sections)
    {
        foreach (var e in sections.Events)
        {
            sb.Append("<h3>").Append(Encode(e.Heading)).Append("</h3>\n<p class=\"facts\">").Append(Encode(e.Facts)).Append("</p>\n<ul class=\"reports\">\n");
            foreach (var r in e.Reports)
            {
                sb.Append("<li><a href=\"#article-").Append(Encode(r.ArticleId)).Append("\"><cite>").Append(Encode(r.Title)).Append("</cite></a>");
                if (r.Published is not null) sb.Append(" (").Append(Encode(r.Published)).Append(')');
                sb.Append(": ").Append(Encode(r.Sentence));
                if (r.ReportedBy is not null) sb.Append(" <span class=\"by\">— according to ").Append(Encode(r.ReportedBy)).Append("</span>");
                sb.Append("</li>\n");
            }
            if (e.MoreReports > 0) sb.Append("<li>and ").Append(Encode(ReportText.Count(e.MoreReports, "more report"))).Append("</li>\n");
            sb.Append("</ul>\n");
        }
        if (sections.MoreEvents > 0)
            sb.Append("<p>And ").Append(Encode(ReportText.Count(sections.MoreEvents, "more event"))).Append(", each reported by fewer sources.</p>\n");
    }

    private static void Quotes(StringBuilder sb, SituationSections sections)
    {
        foreach (var speaker in sections.Speakers)
        {
            sb.Append("<h3>").Append(Encode(speaker.Label)).Append("</h3>\n");
            foreach (var (quote, article) in speaker.Quotes)
            {
                sb.Append("<figure><blockquote>").Append(Encode(ReportText.Clip(quote.Text, SituationSections.QuoteClip))).Append("</blockquote><figcaption>— ");
                if (!string.IsNullOrWhiteSpace(quote.Cue)) sb.Append(Encode(quote.Cue)).Append(", ");
                sb.Append("<cite>").Append(Encode(article.Article.Title)).Append("</cite></figcaption></figure>\n");
            }
        }
    }

    private static void Articles(StringBuilder sb, SituationSections sections)
    {
        sb.Append("<p class=\"legend\">Highlighted in the text: <mark class=\"person\" title=\"person\">person</mark> ")
            .Append("<mark class=\"org\" title=\"organisation\">organisation</mark> <mark class=\"place\" title=\"place\">place</mark> ")
            .Append("<span class=\"time\" title=\"time expression\">time</span> <span class=\"quoted\" title=\"quote\">quote</span></p>\n");
        foreach (var a in sections.Situation.Articles)
        {
            var article = a.Article;
            sb.Append("<details id=\"article-").Append(Encode(article.Id)).Append("\"><summary>").Append(Encode(article.Title)).Append("</summary>\n");
            var meta = SituationSections.ArticleMeta(a).Select(Encode).ToList();
            if (ReportText.WebUrl(article.Url) is { } url)
                meta.Add($"<a href=\"{Encode(url)}\">{Encode(url)}</a>");
            else if ((article.Url ?? article.Path) is { } source)
                meta.Add(Encode(source));
            // A link, not an <img>: the report stays self-contained and opening it fetches nothing.
            if (ReportText.WebUrl(article.Image) is { } image) meta.Add($"<a href=\"{Encode(image)}\">lead image</a>");
            if (meta.Count > 0) sb.Append("<p class=\"meta\">").AppendJoin(" · ", meta).Append("</p>\n");
            sb.Append("<p class=\"counts\">").Append(Encode(SituationSections.ArticleCounts(a))).Append("</p>\n");
            sb.Append("<div class=\"article-text\">").Append(TextHighlighter.Render(article.Text, Highlights(sections, a))).Append("</div>\n");
            sb.Append("</details>\n");
        }
    }

    /// <summary>The spans to mark in an article: quotes outermost, then names, then times (ranks 0, 1, 2).</summary>
    private static IEnumerable<Highlight> Highlights(SituationSections sections, ArticleAnalysis a)
    {
        var id = a.Article.Id;
        foreach (var q in a.Quotes)
        {
            var speaker = sections.Entity(id, q.SpeakerKey) is { } e ? ReportText.EntityLabel(e) : q.SpeakerText ?? SituationSections.Unattributed;
            var title = string.IsNullOrWhiteSpace(q.Cue) ? speaker : $"{speaker}, {q.Cue}";
            yield return new Highlight(q.Start, q.End, "span", "quoted", ReportText.Flatten(title), 0);
        }
        foreach (var m in a.Mentions)
        {
            var title = sections.Entity(id, m.Key) is { } e
                ? e.Place is { } p ? $"{e.Name} ({ReportText.PlaceKind(p.FeatureClass)}, {p.Country})" : ReportText.EntityLabel(e)
                : $"{m.Text} ({ReportText.TypeLabel(m.Type)}, unresolved)";
            yield return new Highlight(m.Start, m.End, "mark", MentionClass(m.Type), ReportText.Flatten(title), 1);
        }
        foreach (var t in a.Times)
            yield return new Highlight(t.Start, t.End, "span", "time", t.Mod is null ? t.Value : $"{t.Value} ({t.Mod})", 2);
    }

    private static string MentionClass(MentionType type) => type switch
    {
        MentionType.Person => "person",
        MentionType.Organization => "org",
        _ => "place",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
