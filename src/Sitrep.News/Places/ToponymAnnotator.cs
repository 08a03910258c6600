using Sitrep.News.Actors;
using Sitrep.News.Documents;
using Sitrep.News.Pipeline;

namespace Sitrep.News.Places;

/// <summary>
/// Resolves an article's toponyms together, each to one gazetteer entry (<see cref="ToponymResolver"/>), with the
/// countries of the actors it names (on the date the source states) as evidence; each becomes a place mention.
/// </summary>
public sealed class ToponymAnnotator(ToponymResolver resolver, ActorBase actors) : IArticleAnnotator
{
    public string Name => "places";

    public IReadOnlyList<Layer> Requires => [Layers.Names, Layers.Toponyms];

    public IReadOnlyList<Layer> Assigns => [Layers.Places];

    public ArticleAnalysis Annotate(ArticleAnalysis a)
    {
        if (a.Toponyms.Count == 0) return a with { Places = [] };
        var date = a.Article.Published?.MiddleDay;
        var actorCountries = new List<string>();
        foreach (var m in a.Names)
            if (m.ActorId is { } id && actors.ById(id)?.CodeOn(date) is { Length: >= 3 } code && resolver.Gazetteer.CountryByCode3(code[..3]) is { } country)
                actorCountries.Add(country.Country);
        var resolved = resolver.Resolve(a.Text, a.Tokens, a.Toponyms, actorCountries);
        var places = new List<Mention>(resolved.Length);
        for (int i = 0; i < resolved.Length; i++)
        {
            var t = a.Toponyms[i];
            int start = a.Tokens[t.StartToken].Start, end = a.Tokens[t.EndToken - 1].End;
            places.Add(new Mention(start, end, a.Text[start..end], MentionType.Place, "place:" + resolved[i].Id, PlaceId: resolved[i].Id));
        }
        return a with { Places = places };
    }
}
