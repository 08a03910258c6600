using Sitrep.News.Pipeline;
using Sitrep.News.Documents;

namespace Sitrep.Corpus.Disagreements;

/// <summary>
/// Groups the articles' claims by topic and reports each topic answered with more than one value.
/// A negated deadline ("will not leave in May") answers "after 2021-05". Values are listed in
/// date order of the article that gave them, so a change over time reads top to bottom.
/// </summary>
public static class DisagreementFinder
{
    public static IReadOnlyList<Disagreement> Find(IReadOnlyList<ArticleAnalysis> articles)
    {
        var byTopic = new Dictionary<string, List<DisagreementValue>>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<(string Topic, string Article, string Value)>();
        foreach (var a in articles)
            foreach (var c in a.Claims)
            {
                var value = c.Negated ? "after " + c.Value : c.Value;
                if (!seen.Add((c.Topic.ToLowerInvariant(), a.Article.Id, value))) continue;
                if (!byTopic.TryGetValue(c.Topic, out var list)) byTopic[c.Topic] = list = [];
                list.Add(new DisagreementValue(value, a.Article.Id, a.Published?.ToString(), c.Text, c.Start, c.End));
            }
        return byTopic
            .Where(kv => kv.Value.Select(v => v.Value).Distinct().Count() > 1)
            .Select(kv => new Disagreement(kv.Key, kv.Value.OrderBy(v => v.Published ?? "9999", StringComparer.Ordinal).ThenBy(v => v.Value, StringComparer.Ordinal).ToList()))
            .OrderByDescending(d => d.Values.Count).ThenBy(d => d.Topic, StringComparer.Ordinal)
            .ToList();
    }
}
