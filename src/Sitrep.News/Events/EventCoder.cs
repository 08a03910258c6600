using System.Globalization;
using Sitrep.Articles;
using Sitrep.News.Actors;
using Sitrep.News.Documents;
using Sitrep.News.Mentions;
using Sitrep.News.Places;

namespace Sitrep.News.Events;

/// <summary>
/// Codes the events of an article from its dependency parse, in the manner of PETRARCH2 but over Universal
/// Dependencies: a verb of the CAMEO dictionary is coded by the most specific pattern of its block that the words
/// around it match (else the verb's own code); its subject is the source and its object (or the prepositional
/// phrase the pattern names) the target — the "by" phrase and the passive subject in a passive —, each read as the
/// mention, place or agent its noun phrase holds, coordinated phrases giving one event each. Relative clauses take
/// their antecedent, a verb with no subject of its own its governor's ("agreed to cooperate"), a pronoun the person
/// named just before. A verb under "said that", inside a quote or with "according to" is reported by the speaker,
/// who is never its source. Negation is flagged, modality read from the auxiliaries and governing verbs, the date
/// taken from a time expression in the verb's clause, the place from a place attached to it.
/// </summary>
public sealed class EventCoder(EventDictionary verbs, EventCodebook codes, NounEvents nouns, ActorBase actors, Gazetteer places)
{
    /// <summary>Longer "sentences" (a table flattened into text) are not coded: their parse says nothing of events.</summary>
    public const int MaxSentenceTokens = 150;

    /// <summary>How far a pattern looks after the verb, in tokens.</summary>
    private const int AfterWindow = 16;
    private const int BeforeWindow = 6;

    public List<Event> Find(ArticleAnalysis a)
    {
        var found = new List<Event>();
        if (a.Syntax is not { } syntax) return found;
        var context = new ArticleContext(a, actors, places);
        foreach (var s in a.Sentences)
        {
            if (s.TokenCount < 3 || s.TokenCount > MaxSentenceTokens) continue;
            if (!context.HasParticipant(s)) continue;
            if (!HasCandidate(a.Keys, s)) continue;
            try
            {
                CodeSentence(a, syntax, context, s, found);
            }
            catch (ArgumentOutOfRangeException)
            {
                // A parse the coder cannot walk yields no event; the rest of the article is still coded.
            }
        }
        return found;
    }

    private bool HasCandidate(string[] keys, Nlp.Tokens.Sentence s)
    {
        for (int t = s.FirstToken; t < s.EndToken; t++)
            if (verbs.CanCode(keys[t]) || nouns.IsTrigger(keys[t])) return true;
        return false;
    }

    private void CodeSentence(ArticleAnalysis a, ArticleSyntax syntax, ArticleContext context, Nlp.Tokens.Sentence s, List<Event> found)
    {
        var keys = a.Keys;
        var clause = new ClauseView(syntax, s);
        var covered = new HashSet<int>();
        // Governors first, so that a coded "agreed" covers its "to cooperate".
        var order = Enumerable.Range(s.FirstToken, s.TokenCount).OrderBy(clause.Depth).ThenBy(t => t);
        foreach (int v in order)
        {
            var upos = syntax.Upos(v);
            if (upos == "VERB" && verbs.IsVerb(keys[v]))
            {
                if (covered.Contains(v)) continue;
                if (CodeVerb(a, syntax, context, clause, v) is not { } coding) continue;
                foreach (var t in coding.Covers) covered.Add(t);
                // A plain statement (010) is no event: the event it reports is what counts.
                if (coding.Code is { } forward && forward != "010") found.AddRange(Build(a, syntax, context, clause, v, v + 1, coding with { Code = forward }));
                // "X visited Y": Y hosted X (a paired code), when both are named.
                if (coding.ReverseCode is { } back)
                    found.AddRange(Build(a, syntax, context, clause, v, v + 1,
                        coding with { Code = back, ReverseCode = null, Sources = coding.Targets, Targets = coding.Sources, IsReverse = true }));
            }
            else if (upos == "NOUN" && nouns.Find(keys[v]) is { } noun && !covered.Contains(v))
            {
                if (CodeNoun(a, syntax, context, clause, v, noun) is { } coding)
                    found.AddRange(Build(a, syntax, context, clause, v, v + 1, coding));
            }
        }
    }

    /// <summary>What coding a trigger gave: the code, the rule, the tokens the pattern used, and where the arguments are.</summary>
    private sealed record Coding(string? Code, string Rule, IReadOnlyCollection<int> Covers, List<int> Sources, List<int> Targets, string? TargetPreposition)
    {
        /// <summary>The target's act in return, for a paired code ("visited": the host's 043).</summary>
        public string? ReverseCode { get; init; }

        /// <summary>Coded from a noun ("the withdrawal of …"), not a verb.</summary>
        public bool IsNoun { get; init; }

        /// <summary>The target's act in return: both sides must be named.</summary>
        public bool IsReverse { get; init; }

        /// <summary>Each side named acts on the others ("talks between X and Y"): the sources' first phrase is the source, the rest targets.</summary>
        public bool Mutual { get; init; }
    }

    private Coding? CodeVerb(ArticleAnalysis a, ArticleSyntax syntax, ArticleContext context, ClauseView clause, int v)
    {
        var keys = a.Keys;
        var entries = verbs.Verb(keys[v]);
        EventDictionary.VerbEntry? entry = null;
        foreach (var e in entries)
            if (e.Particle.Length > 0 && HasParticle(syntax, keys, clause, v, e.Particle)) { entry = e; break; }
        entry ??= entries.FirstOrDefault(e => e.Particle.Length == 0);
        if (entry is null) return null;

        var after = clause.Words(v, after: true, AfterWindow, keys);
        var before = clause.Words(v, after: false, BeforeWindow, keys);
        string? code = entry.Code, reverse = entry.ReverseCode;
        string rule = $"verb '{a.Text[a.Tokens[v].Start..a.Tokens[v].End]}' ({entry.Block.ToUpperInvariant()})";
        var covers = new List<int>();
        int patternTarget = -1;
        foreach (var p in verbs.Patterns(entry.Block))
        {
            var used = new List<int>();
            if (!Matches(p.After, after, used, out var targetAt) || !Matches(p.Before, before, used)) continue;
            code = p.Code;
            reverse = p.ReverseCode;
            rule += $", pattern \"- {p}\"";
            covers = used;
            // "took control + [192]": the pattern says where the target is — the phrase of the next word after "control".
            if (targetAt >= 0) patternTarget = clause.PhraseHead(targetAt);
            break;
        }
        if (reverse is not null && codes.Find(reverse) is null) reverse = null;
        // A pattern that codes only the target's act in return ("[:173]") gives that event alone.
        if (code is null or "---" || codes.Find(code) is null)
        {
            if (reverse is null) return null;
            code = null;
        }
        // "threatened to attack": a threat of force (CAMEO 138), of repression (137), not a bare threat (130).
        if (code is not null && code.StartsWith("13", StringComparison.Ordinal) && code.Length == 3 && code.EndsWith('0'))
            foreach (var x in syntax.Dependents(v, "xcomp"))
                if (verbs.Verb(keys[x]).FirstOrDefault(e => e.Particle.Length == 0)?.Code is { Length: >= 2 } threatened)
                {
                    var root = threatened[..2];
                    if (root is "18" or "19" or "20") code = "138";
                    else if (root == "17") code = "137";
                    else continue;
                    rule += $", threatened '{a.Text[a.Tokens[x].Start..a.Tokens[x].End]}'";
                    break;
                }
        // "refused to meet": a refusal of a meeting (125), not a bare rejection.
        if (code == "120" && IsRefusal(keys[v]))
            foreach (var x in syntax.Dependents(v, "xcomp"))
                if (verbs.Verb(keys[x]).FirstOrDefault(e => e.Particle.Length == 0)?.Code is { } refused
                    && (refused.StartsWith("04", StringComparison.Ordinal) || refused is "036" or "046"))
                {
                    code = "125";
                    rule += $", refused '{a.Text[a.Tokens[x].Start..a.Tokens[x].End]}'";
                    break;
                }
        // "refused to meet", "declined to withdraw": the refusal is the event (CAMEO 12), the refused action is not.
        if (syntax.Label(v) == "xcomp" && syntax.Head(v) is var governor and >= 0 && IsRefusal(keys[governor]))
        {
            code = code is not null && (code.StartsWith("04", StringComparison.Ordinal) || code is "036" or "046") ? "125" : "120";
            reverse = null;
            rule += $", refused ('{a.Text[a.Tokens[governor].Start..a.Tokens[governor].End]}')";
        }

        bool passive = syntax.Dependents(v).Any(d => syntax.Label(d) is "nsubj:pass" or "aux:pass");
        var subjects = clause.Subjects(v);
        // "You agree that …", "we will attack": a first or second person is a voice in a quote, a comment or a site's terms —
        // who it is, the sentence does not say; and a command ("Resign now!") is no happening.
        if (subjects.Count > 0 && subjects.All(t => syntax.Upos(t) == "PRON" && keys[t] is "I" or "YOU" or "WE" or "ME" or "US")) return null;
        if (subjects.Count == 0 && syntax.Head(v) < 0 && syntax.Xpos(v) == "VB") return null;
        var sources = new List<int>();
        var targets = new List<int>();
        string? preposition = PatternPreposition(verbs.Patterns(entry.Block), code);
        if (passive)
        {
            targets.AddRange(subjects);
            foreach (var d in syntax.Dependents(v))
                if (syntax.Label(d) == "obl:agent" || syntax.Label(d) == "obl" && clause.Preposition(d, keys) == "BY") sources.Add(d);
        }
        else
        {
            sources.AddRange(subjects);
            if (patternTarget >= 0) targets.Add(patternTarget);
            targets.AddRange(clause.Objects(v, keys, preposition, covers));
        }
        // The words the pattern used and the verb's own object are not events of their own ("agreed to cooperate").
        var covered = new List<int>(covers);
        foreach (var d in syntax.Dependents(v, "xcomp"))
            covered.AddRange(clause.Subtree(d).Where(t => syntax.Upos(t) == "VERB" && clause.InClause(t, v)));
        return new Coding(code, rule, covered, sources, targets, preposition) { ReverseCode = reverse };
    }

    private Coding? CodeNoun(ArticleAnalysis a, ArticleSyntax syntax, ArticleContext context, ClauseView clause, int n, NounEvents.Trigger trigger)
    {
        var keys = a.Keys;
        var sources = new List<int>();
        var targets = new List<int>();
        bool mutual = false;
        foreach (var d in syntax.Dependents(n))
        {
            var label = syntax.Label(d);
            if (label == "nmod:poss") { sources.Add(d); continue; }
            if (label is not ("nmod" or "obl" or "compound" or "amod")) continue;
            var prep = label is "compound" or "amod" ? "_" : clause.Preposition(d, keys) ?? "";
            if (!trigger.Roles.TryGetValue(prep, out var role)) continue;
            if (role == 'B') { sources.Add(d); mutual = true; }
            else (role == 'S' ? sources : targets).Add(d);
        }
        // "held talks with X", "imposed sanctions on X": the doer of a noun event that is a verb's object is the verb's subject.
        if (sources.Count == 0 && !mutual && syntax.Label(n) == "obj" && syntax.Head(n) is var light and >= 0 && syntax.Upos(light) == "VERB")
            sources.AddRange(clause.Subjects(light));
        if (sources.Count == 0 && targets.Count == 0) return null;
        return new Coding(trigger.Code, $"noun '{a.Text[a.Tokens[n].Start..a.Tokens[n].End]}' ({trigger.Name})", [], sources, targets, null) { Mutual = mutual, IsNoun = true };
    }

    /// <summary>A phrasal verb's particle words ("control over" of "took control over") among the first words of the verb's clause after it.</summary>
    private static bool HasParticle(ArticleSyntax syntax, string[] keys, ClauseView clause, int v, string particle)
    {
        var parts = particle.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = clause.Words(v, after: true, parts.Length + 2, keys);
        int at = 0;
        foreach (var (_, key) in words)
            if (at < parts.Length && key.Equals(parts[at], StringComparison.OrdinalIgnoreCase)) at++;
        return at == parts.Length;
    }

    /// <summary>The preposition a pattern for this code puts its target after ("(AGAINST) +"), when it names one.</summary>
    private static string? PatternPreposition(IReadOnlyList<EventDictionary.Pattern> patterns, string code)
    {
        foreach (var p in patterns)
        {
            if (p.Code != code) continue;
            for (int i = 0; i + 1 < p.After.Length; i++)
                if (p.After[i] == "(" && char.IsLetter(p.After[i + 1][0])) return p.After[i + 1].ToUpperInvariant();
        }
        return null;
    }

    /// <summary>Whether the pattern's elements occur in order among the words (a word, a_b in a row, &amp;set), noting the tokens used.</summary>
    private bool Matches(string[] elements, List<(int Token, string Key)> words, List<int> used) => Matches(elements, words, used, out _);

    /// <summary>As <see cref="Matches(string[], List{ValueTuple{int, string}}, List{int})"/>; <paramref name="targetAt"/> is the word where the pattern's "+" (the target) stands, or -1.</summary>
    private bool Matches(string[] elements, List<(int Token, string Key)> words, List<int> used, out int targetAt)
    {
        int at = 0;
        targetAt = -1;
        foreach (var e in elements)
        {
            if (e == "+") { targetAt = at < words.Count ? words[at].Token : -1; continue; }
            if (e.Length == 0 || e is "(" or ")" or "$" or "^" or "%") continue;
            bool ok = false;
            if (e[0] == '&')
            {
                foreach (var member in verbs.Set(e[1..]))
                    if (Find(member, words, at) is var (i, n) && i >= 0) { Use(i, n); ok = true; break; }
            }
            else if (Find(e, words, at) is var (j, m) && j >= 0) { Use(j, m); ok = true; }
            if (!ok) return false;
        }
        return true;

        void Use(int i, int n)
        {
            for (int k = i; k < i + n; k++) used.Add(words[k].Token);
            at = i + n;
        }
    }

    /// <summary>Where the words of an element (a_b: in a row) first occur at or after <paramref name="from"/>, and how many.</summary>
    private static (int Index, int Count) Find(string element, List<(int Token, string Key)> words, int from)
    {
        var parts = element.Split('_');
        for (int i = from; i + parts.Length <= words.Count; i++)
        {
            bool all = true;
            for (int k = 0; k < parts.Length && all; k++)
                all = WordMatches(parts[k], words[i + k].Key) && (k == 0 || words[i + k].Token == words[i + k - 1].Token + 1);
            if (all) return (i, parts.Length);
        }
        return (-1, 0);
    }

    /// <summary>A dictionary word (lower case) against a folded token key (upper case): the word, or its plural.</summary>
    private static bool WordMatches(string word, string key)
    {
        if (key.Length < word.Length || key.Length > word.Length + 3) return false;
        if (!key.AsSpan(0, Math.Min(word.Length, key.Length)).Equals(word.AsSpan(0, Math.Min(word.Length, key.Length)), StringComparison.OrdinalIgnoreCase))
            return word.EndsWith('y') && key.Length == word.Length + 2 && key.AsSpan(0, word.Length - 1).Equals(word.AsSpan(0, word.Length - 1), StringComparison.OrdinalIgnoreCase)
                && key.EndsWith("IES", StringComparison.Ordinal);
        var rest = key.AsSpan(word.Length);
        return rest.Length == 0 || rest.SequenceEqual("S") || rest.SequenceEqual("ES") || rest.SequenceEqual("'S");
    }

    private IEnumerable<Event> Build(ArticleAnalysis a, ArticleSyntax syntax, ArticleContext context, ClauseView clause, int trigger, int triggerEnd, Coding coding)
    {
        var code = codes.Find(coding.Code!)!;
        // The first place that names anyone: the object before a prepositional phrase, and so on (ClauseView.Objects).
        List<EventActor> First(List<int> candidates)
        {
            foreach (var c in candidates)
                if (context.Participants(syntax, clause, c) is { Count: > 0 } p) return p;
            return [];
        }
        var sources = First(coding.Sources);
        var targets = First(coding.Targets);
        // "Iran and Iraq signed an agreement": in a cooperative act with no target, each named side acts on the others.
        bool symmetric = code.Root is "03" or "04" or "05" or "06" && targets.Count == 0;
        var pairs = new List<(EventActor? Source, EventActor? Target)>();
        if ((coding.Mutual || symmetric) && sources.Count > 1)
        {
            // Every side acts on every other (both directions, as CAMEO codes a meeting of two); a long list stays a list of pairs.
            var sides = sources.Concat(targets).Take(6).ToList();
            foreach (var x in sides)
                foreach (var y in sides)
                    if (!ReferenceEquals(x, y)) pairs.Add((x, y));
        }
        else
            foreach (var x in sources.DefaultIfEmpty())
                foreach (var y in targets.DefaultIfEmpty())
                    pairs.Add((x, y));
        // An event needs someone known on at least one side, and different ones on the two. A verb needs its target, except
        // actions that have none (a protest, a mobilization, an attack or a retreat at a place); a noun needs its doer.
        var place = context.PlaceOf(syntax, clause, trigger, targets, code.Root);
        // "Known" means named — an actor, a country, a person or organisation by name: "troops" hitting "civilians" with
        // neither named says nothing, unless it says where.
        static bool Known(EventActor p) => p.Key is not null || p.Code is { } c && !c.StartsWith("---", StringComparison.Ordinal);
        if (!sources.Any(Known) && !targets.Any(Known) && place is null) yield break;
        // A coercion with a place and no target ("imposed a curfew in Lahore") is an event of that place.
        if (targets.Count == 0 && !Intransitive(code.Root) && !coding.IsNoun && !(symmetric && sources.Count > 1) && !(code.Root == "17" && place is not null)) yield break;
        if (sources.Count == 0 && coding.IsNoun) yield break;
        // A doer the sentence names that is no actor ("the crossing that links Uzbekistan with Afghanistan", "the flood") makes
        // no event; an unnamed one (a passive without "by") leaves the source unknown.
        if (sources.Count == 0 && coding.Sources.Count > 0) yield break;
        if (coding.IsReverse && (sources.Count == 0 || targets.Count == 0)) yield break;

        var sentence = clause.Sentence;
        var (modality, reporter) = context.Modality(syntax, clause, trigger);
        bool negated = clause.IsNegated(trigger, a.Keys);
        var (date, dateSource, dateText) = context.DateOf(syntax, clause, trigger);

        foreach (var (src, tgt) in pairs)
            {
                if (src is not null && tgt is not null && src.Code is not null && (src.Key is not null && src.Key == tgt.Key || src.Start == tgt.Start)) continue;
                if (src is null && tgt is null) continue;
                yield return new Event
                {
                    Start = sentence.Start,
                    End = sentence.End,
                    TriggerStart = a.Tokens[trigger].Start,
                    TriggerEnd = a.Tokens[triggerEnd - 1].End,
                    Trigger = a.Text[a.Tokens[trigger].Start..a.Tokens[triggerEnd - 1].End],
                    Source = src,
                    Target = tgt,
                    Cameo = code.Cameo,
                    CameoName = code.Name,
                    Plover = code.Plover,
                    PloverMode = code.Mode,
                    PloverContext = code.Context,
                    QuadClass = code.QuadClass,
                    Goldstein = code.Goldstein,
                    Date = date,
                    DateSource = dateSource,
                    DateText = dateText,
                    Place = place,
                    Negated = negated,
                    Modality = modality,
                    ReportedBy = reporter,
                    Rule = coding.IsReverse ? coding.Rule + $", the target's act in return [{code.Cameo}]" : coding.Rule,
                };
            }
    }

    private static bool IsRefusal(string key) =>
        key.StartsWith("REFUS", StringComparison.Ordinal) || key.StartsWith("DECLIN", StringComparison.Ordinal) || key.StartsWith("REJECT", StringComparison.Ordinal);

    /// <summary>CAMEO roots whose actions need no target: yield/retreat (08), protest (14), mobilize (15), assault (18–20).</summary>
    private static bool Intransitive(string root) => root is "08" or "14" or "15" or "18" or "19" or "20";

    /// <summary>Parses a TIMEX3 date value as far as it is a calendar date ("2021-07-06", "2021-07", "2021").</summary>
    internal static PartialDate? ParseTimexDate(string value)
    {
        var parts = value.Split('-');
        if (parts.Length is 0 or > 3 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return null;
        int? m = null, d = null;
        if (parts.Length > 1)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mm) || mm is < 1 or > 12) return parts.Length == 1 ? new PartialDate(y) : null;
            m = mm;
        }
        if (parts.Length > 2)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var dd) || dd < 1 || dd > DateTime.DaysInMonth(y, m!.Value)) return null;
            d = dd;
        }
        return new PartialDate(y, m, d);
    }
}
