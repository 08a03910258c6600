using Sitrep.News.Actors;
using Sitrep.News.Documents;
using Sitrep.News.Places;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Mentions;

/// <summary>
/// Candidate names from the dictionaries: aliases of the actor base (with the actor that holds a role on the
/// article's date when several share a name) and place names of the gazetteer (with every entry each may name).
/// </summary>
internal sealed class GazetteerNames(ActorBase actors, Gazetteer places, NameWords names, CapitalizationRules caps)
{
    public void AddActors(NameContext ctx, Sentence s, List<NameCandidate> into)
    {
        foreach (var found in actors.Names.FindAll(ctx.Keys, s.FirstToken, s.EndToken))
        {
            var m = found;
            // An alias with a lower-case word ("the Taliban movement") that the text writes as words, not a name:
            // the shorter name inside it still counts ("Taliban").
            for (int end = m.EndToken - 1; !caps.IsNameSpan(ctx, m.StartToken, m.EndToken, s) && end > m.StartToken; end--)
                if (actors.Names.LongestAt(ctx.Keys, m.StartToken, end) is { } shorter) m = shorter;
            if (!caps.IsNameSpan(ctx, m.StartToken, m.EndToken, s)) continue;
            var actor = ChooseActor(m.Values, ctx.Date);
            var type = actor.Kind == ActorKind.Person ? MentionType.Person : MentionType.Organization;
            into.Add(new NameCandidate(m.StartToken, m.EndToken, type, CandidateSource.Actor, "actor:" + actor.Id, actor));
        }
    }

    /// <summary>Among actors sharing a name, the one holding a role on the article's date, else the first.</summary>
    private static Actor ChooseActor(IReadOnlyList<Actor> actors, DateOnly? date)
    {
        if (actors.Count == 1 || date is not { } d) return actors[0];
        return actors.FirstOrDefault(a => a.Roles.Any(r => r.HoldsOn(d))) ?? actors[0];
    }

    public void AddPlaces(NameContext ctx, Sentence s, List<NameCandidate> into)
    {
        foreach (var m in places.Names.FindAll(ctx.Keys, s.FirstToken, s.EndToken))
        {
            if (!caps.IsNameSpan(ctx, m.StartToken, m.EndToken, s)) continue;
            if (m.EndToken - m.StartToken == 1 && !IsPlaceAlone(ctx.Span(m.StartToken), m.Values)) continue;
            into.Add(new NameCandidate(m.StartToken, m.EndToken, MentionType.Place, CandidateSource.Place, "", Places: m.Values));
        }
    }

    /// <summary>
    /// Whether one word alone can name one of these places. Not a given name ("Mark", "Jackson" are
    /// people far more often than small towns), not a title ("Sheikh"), not a month or compass word,
    /// and a short all-caps word only for a country or region ("US", "UAE" — not "UN" for a town named Un).
    /// </summary>
    private bool IsPlaceAlone(ReadOnlySpan<char> word, IReadOnlyList<Place> candidates)
    {
        bool major = candidates.Any(p => p.IsCountry || p.IsRegion || p.IsAdmin1 || p.Population >= 100_000);
        if (names.IsGivenName(word) && !major) return false;
        if (CapitalizationRules.IsCalendarOrCompassWord(word) || NameWords.IsTitle(word)) return false;
        return !(word.Length <= 4 && CapitalizationRules.IsAllCaps(word)) || candidates.Any(p => p.IsCountry || p.IsRegion);
    }
}
