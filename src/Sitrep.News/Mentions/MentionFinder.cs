using Sitrep.News.Actors;
using Sitrep.News.Documents;
using Sitrep.News.Places;
using Sitrep.Nlp.Lexicon;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Mentions;

/// <summary>
/// Finds the names of people, organisations and places in an article. Candidate sources propose names
/// (<see cref="GazetteerNames"/>: actor base and gazetteer; <see cref="RecognizedNames"/>: the trained recognizer,
/// or <see cref="CapitalizedRuns"/>: capitalization rules alone); in each sentence the longest candidates win,
/// the more specific source on a tie. A second pass re-reads the article with what the first taught
/// (<see cref="LearnedNames"/>: surnames, acronyms). People and organisations come out keyed; places come out
/// as toponyms with their candidate entries, for the toponym step to resolve together.
/// </summary>
public sealed class MentionFinder
{
    private readonly CapitalizationRules _caps;
    private readonly GazetteerNames _dictionaries;
    private readonly CapitalizedRuns _runs;
    private readonly RecognizedNames? _recognized;
    private readonly bool _learn;

    /// <param name="recognizer">A trained recognizer whose spans replace the capitalization rules where it speaks; null keeps the rules alone.</param>
    /// <param name="learn">False skips the second pass (surnames, acronyms and names learned in the article): for measuring its worth.</param>
    public MentionFinder(ActorBase actors, Gazetteer places, NameWords names, CommonWords common, INameRecognizer? recognizer = null, bool learn = true)
    {
        _caps = new CapitalizationRules(common);
        _dictionaries = new GazetteerNames(actors, places, names, _caps);
        _runs = new CapitalizedRuns(places, names, _caps);
        _recognized = recognizer is null ? null : new RecognizedNames(recognizer, actors, places, names, _caps, _runs);
        _learn = learn;
    }

    /// <summary>The names (people and organisations, keyed) and the toponyms of an article, both in text order.</summary>
    public (List<Mention> Names, List<Toponym> Toponyms) Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, string[] keys, DateOnly? date)
    {
        var ctx = new NameContext(text, tokens, keys, date);
        _recognized?.Recognize(ctx, sentences);
        // The second pass adds only the names learned in the first (surnames, acronyms) to the same candidates,
        // so the first pass's per-sentence candidates are kept rather than found again.
        var cached = new List<NameCandidate>[sentences.Count];
        var chosen = Select(ctx, sentences, cached);
        if (_learn)
        {
            ctx.Learned.Learn(ctx, chosen);
            chosen = Select(ctx, sentences, cached);
        }
        return Output(ctx, chosen);
    }

    private List<NameCandidate> Select(NameContext ctx, IReadOnlyList<Sentence> sentences, List<NameCandidate>[] cached)
    {
        var chosen = new List<NameCandidate>();
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            var candidates = new List<NameCandidate>();
            ctx.Learned.Add(ctx, s, _caps, candidates);
            if (cached[k] is null)
            {
                var found = new List<NameCandidate>();
                _dictionaries.AddActors(ctx, s, found);
                _dictionaries.AddPlaces(ctx, s, found);
                if (_recognized is null) _runs.Add(ctx, s, found);
                else _recognized.Add(ctx, s, found);
                cached[k] = found;
            }
            candidates.AddRange(cached[k]);
            // "The North Atlantic Treaty Organization said": the actor base's name after an opening "The" beats the longer run.
            RemoveTheBeforeActor(ctx, candidates);
            var taken = new bool[s.TokenCount];
            foreach (var c in candidates.OrderByDescending(c => c.End - c.Start).ThenByDescending(c => c.Source))
            {
                bool free = true;
                for (int i = c.Start; i < c.End && free; i++) free = !taken[i - s.FirstToken];
                if (!free) continue;
                for (int i = c.Start; i < c.End; i++) taken[i - s.FirstToken] = true;
                chosen.Add(c);
            }
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    /// <summary>Drops a longer run opening with "The" where the actor base names the rest (looked up in a set: a sentence may be one long run-on).</summary>
    private static void RemoveTheBeforeActor(NameContext ctx, List<NameCandidate> candidates)
    {
        HashSet<(int Start, int End)>? actorSpans = null;
        foreach (var c in candidates)
            if (c.Actor is not null) (actorSpans ??= []).Add((c.Start, c.End));
        if (actorSpans is null) return;
        candidates.RemoveAll(c => c.Actor is null && c.End - c.Start > 1 && ctx.Keys[c.Start] == "THE" && actorSpans.Contains((c.Start + 1, c.End)));
    }

    private static (List<Mention>, List<Toponym>) Output(NameContext ctx, List<NameCandidate> chosen)
    {
        var names = new List<Mention>(chosen.Count);
        var toponyms = new List<Toponym>();
        foreach (var c in chosen)
        {
            if (c.Places is not null)
            {
                toponyms.Add(new Toponym(c.Start, c.End, c.Places));
                continue;
            }
            int start = ctx.Tokens[c.Start].Start, end = ctx.Tokens[c.End - 1].End;
            names.Add(new Mention(start, end, ctx.Text[start..end], c.Type, c.Key, c.Actor?.Id ?? (c.Key.StartsWith("actor:", StringComparison.Ordinal) ? c.Key[6..] : null)));
        }
        return (names, toponyms);
    }
}
