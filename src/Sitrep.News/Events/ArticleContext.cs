using Sitrep.Articles;
using Sitrep.News.Actors;
using Sitrep.News.Documents;
using Sitrep.News.Mentions;
using Sitrep.News.Places;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Events;

/// <summary>
/// What the event coder knows of one article beyond the parse: which mention or agent covers each token, the actor
/// code each stands for on the article's date, the time expressions and quotes, and the article's date.
/// </summary>
internal sealed class ArticleContext
{
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    { "IN", "AT", "NEAR", "ACROSS", "OUTSIDE", "INSIDE", "AROUND", "THROUGHOUT", "INTO", "OFF" };

    /// <summary>Nouns that count or divide a group: "dozens of X", "members of X" stand for X.</summary>
    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "DOZENS", "HUNDREDS", "THOUSANDS", "TENS", "SCORES", "MILLIONS", "GROUP", "GROUPS", "MEMBERS", "MEMBER", "UNITS", "UNIT", "DELEGATION",
        "FIGHTERS", "SUPPORTERS", "MILITANTS", "TROOPS", "FORCES", "SOLDIERS", "OFFICIALS", "REPRESENTATIVES", "PART", "SOME", "MANY", "MOST", "ALL",
    };

    private readonly ArticleAnalysis _a;
    private readonly ActorBase _actors;
    private readonly Gazetteer _places;
    private readonly Mention?[] _mention;
    private readonly Agent?[] _agent;
    private readonly DateOnly? _day;

    public ArticleContext(ArticleAnalysis a, ActorBase actors, Gazetteer places)
    {
        (_a, _actors, _places) = (a, actors, places);
        _day = a.ReferenceDay ?? a.PublicationDate?.MiddleDay;
        var tokens = a.Tokens;
        _mention = new Mention?[tokens.Length];
        _agent = new Agent?[tokens.Length];
        Cover(tokens, a.Mentions, m => (m.Start, m.End), (t, m) => _mention[t] = m);
        Cover(tokens, a.Agents, g => (g.Start, g.End), (t, g) => _agent[t] = g);
    }

    private static void Cover<T>(Token[] tokens, IReadOnlyList<T> spans, Func<T, (int Start, int End)> span, Action<int, T> set)
    {
        int t = 0;
        foreach (var item in spans.OrderBy(x => span(x).Start))
        {
            var (start, end) = span(item);
            while (t > 0 && tokens[t - 1].End > start) t--;
            while (t < tokens.Length && tokens[t].End <= start) t++;
            for (int e = t; e < tokens.Length && tokens[e].Start < end; e++) set(e, item);
        }
    }

    /// <summary>
    /// Whether the sentence names anyone an event could be kept for: a name, a place, or a group with its country. The
    /// coder keeps no event without one (<see cref="EventCoder"/>), so a sentence without one is not parsed.
    /// </summary>
    public bool HasParticipant(Sentence s)
    {
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (_mention[t] is not null) return true;
            if (_agent[t] is { } g && (g.ActorId is not null || !g.Code.StartsWith("---", StringComparison.Ordinal))) return true;
            // "European countries": a demonym names a country or region.
            if (_a.Tokens[t].IsCapitalized(_a.Text) && _places.CountryOfDemonym(_a.Tokens[t].Span(_a.Text)) is not null) return true;
        }
        return false;
    }

    /// <summary>The participants a nominal stands for: itself and the phrases coordinated with it ("the US and NATO").</summary>
    public List<EventActor> Participants(ArticleSyntax syntax, ClauseView clause, int t)
    {
        var list = new List<EventActor>();
        if (One(syntax, clause, t) is { } first) list.Add(first);
        foreach (var c in syntax.Dependents(t, "conj"))
            if (syntax.Upos(c) is "NOUN" or "PROPN" or "PRON" && One(syntax, clause, c) is { } other) list.Add(other);
        return list;
    }

    private EventActor? One(ArticleSyntax syntax, ClauseView clause, int t)
    {
        var keys = _a.Keys;
        if (syntax.Upos(t) == "PRON")
        {
            // "the Taliban, who took Kandahar": the relative pronoun stands for the noun the clause hangs on.
            if (keys[t] is "WHO" or "WHICH" or "THAT" && syntax.Head(t) is var v and >= 0 && syntax.Label(v) == "acl:relcl" && syntax.Head(v) >= 0)
                return One(syntax, clause, syntax.Head(v));
            // "Iraqi military says it has seized …": a subject pronoun of a reported clause is, first, the speaker.
            if (keys[t] is "HE" or "SHE" or "IT" or "THEY" && syntax.Label(t).StartsWith("nsubj", StringComparison.Ordinal) && SpeakerOf(syntax, clause, t) is { } speaker)
                return speaker;
            if (keys[t] is "HE" or "SHE" or "HIM" or "HER") return PersonBefore(t);
            // "Moscow supports Kabul, but it rejected …": a subject "it" or "they" is the subject named before it in the sentence.
            if (keys[t] is "IT" or "THEY" && syntax.Label(t).StartsWith("nsubj", StringComparison.Ordinal)) return SubjectBefore(syntax, clause, t);
            return null;
        }
        if (FromToken(t) is { } at) return at;
        // "Taliban fighters", "the group's leader": the name under the head noun.
        foreach (var d in syntax.Dependents(t))
            if (syntax.Label(d) is "compound" or "nmod:poss" or "amod" or "flat" or "appos" && FromToken(d) is { } under) return under;
        // "dozens of protesters", "members of the Taliban": the group the head noun counts or belongs to ("posters of
        // Assad" are not Assad).
        if (syntax.Upos(t) == "NUM" || GroupNouns.Contains(keys[t]))
            foreach (var d in syntax.Dependents(t, "nmod"))
                if (d > t && syntax.Dependents(d, "case").Any(c => keys[c] == "OF") && One(syntax, clause, d) is { } of) return of;
        // "European countries", "Afghan migrants": a demonym before a noun names its country or region.
        foreach (var d in syntax.Dependents(t, "amod", "compound"))
            if (d < t && CodeOfDemonym(_a.Tokens[d].Span(_a.Text)) is { } code)
                return new EventActor(_a.Tokens[d].Start, _a.Tokens[t].End, _a.Text[_a.Tokens[d].Start.._a.Tokens[t].End], null, null, code);
        return null;
    }

    /// <summary>CAMEO's region codes for the regions a demonym may name.</summary>
    private static readonly Dictionary<string, string> RegionCodes = new(StringComparer.Ordinal)
    {
        ["region:europe"] = "EUR", ["region:africa"] = "AFR", ["region:asia"] = "ASA", ["region:middle-east"] = "MEA", ["region:latin-america"] = "LAM",
    };

    private string? CodeOfDemonym(ReadOnlySpan<char> word)
    {
        if (_places.CountryOfDemonym(word) is not { } where) return null;
        if (where.StartsWith("region:", StringComparison.Ordinal)) return RegionCodes.GetValueOrDefault(where);
        return _places.Country(where)?.Country3;
    }

    private EventActor? FromToken(int t)
    {
        // The agent wins over a name covering the same words when it is longer ("Afghan security forces" over "Afghan"), or
        // when it has a code and the name has none ("the Munich court" as a court of Germany over an unknown "Munich court").
        var name = _mention[t];
        if (_agent[t] is { } g && (name is null || name.End - name.Start < g.End - g.Start
            || name.ActorId is null && name.PlaceId is null && !g.Code.StartsWith("---", StringComparison.Ordinal)))
        {
            var key = g.ActorId is null ? null : "actor:" + g.ActorId;
            var code = g.ActorId is not null && _actors.ById(g.ActorId) is { } holder ? holder.CodeOn(_day) ?? g.Code : g.Code;
            return new EventActor(g.Start, g.End, g.Text, key, g.ActorId, code.StartsWith("---", StringComparison.Ordinal) && code.Length == 3 ? null : code);
        }
        if (_mention[t] is { } m) return FromMention(m);
        return null;
    }

    private EventActor FromMention(Mention m)
    {
        string? code = null;
        if (m.ActorId is not null) code = _actors.ById(m.ActorId)?.CodeOn(_day);
        else if (m.PlaceId is not null && _places.ById(m.PlaceId) is { IsRegion: false } p) code = p.Country3;
        return new EventActor(m.Start, m.End, m.Text, m.Key, m.ActorId, code);
    }

    /// <summary>"he" or "she": the last person named before it in this sentence or the two before, when there is one.</summary>
    private EventActor? PersonBefore(int t)
    {
        int floor = Math.Max(0, SentenceStartToken(t, back: 2));
        for (int i = t - 1; i >= floor; i--)
            if (_mention[i] is { Type: MentionType.Person } m) return FromMention(m);
        return null;
    }

    /// <summary>
    /// The speaker whose "said that …" clause holds the pronoun, when the pronoun can be them: "he"/"she" a person,
    /// "it"/"they" anyone else.
    /// </summary>
    private EventActor? SpeakerOf(ArticleSyntax syntax, ClauseView clause, int pronoun)
    {
        int verb = syntax.Head(pronoun);
        if (verb < 0 || syntax.Label(verb) != "ccomp" || syntax.Head(verb) is not (var speech and >= 0) || !IsSpeech(speech)) return null;
        // "warned the US of consequences if they did not withdraw": a condition's "they" is not the speaker.
        if (syntax.Dependents(verb, "mark").Any(m => _a.Keys[m] != "THAT")) return null;
        bool person = _a.Keys[pronoun] is "HE" or "SHE";
        foreach (var s in clause.Subjects(speech))
        {
            if (syntax.Upos(s) == "PRON") return null;
            bool isPerson = _mention[s] is { Type: MentionType.Person } || _agent[s] is { ActorId: not null };
            if (isPerson != person) return null;
            return One(syntax, clause, s);
        }
        return null;
    }

    /// <summary>
    /// The antecedent of a subject "it" or "they": the subject of the clause its own clause is coordinated with ("Moscow
    /// supports Kabul, but it rejected …"). Anywhere else — "X warned Y of consequences if they did not withdraw" — the
    /// pronoun may be anyone, and the coder leaves it unknown.
    /// </summary>
    private EventActor? SubjectBefore(ArticleSyntax syntax, ClauseView clause, int t)
    {
        int verb = syntax.Head(t);
        if (verb < 0 || syntax.Label(verb) != "conj" || syntax.Head(verb) is not (var first and >= 0)) return null;
        foreach (var s in syntax.Dependents(first, "nsubj"))
            if (s < t && syntax.Upos(s) != "PRON" && _mention[s] is not { Type: MentionType.Person })
                return FromToken(s) is { Code: not null } subject ? subject : null;
        return null;
    }

    private int SentenceStartToken(int t, int back)
    {
        var sentences = _a.Sentences;
        int s = Array.FindLastIndex(sentences, x => x.FirstToken <= t);
        return sentences[Math.Max(0, s - back)].FirstToken;
    }

    /// <summary>
    /// The event's modality and, when it is somebody's account, who gave it: a "said that" or inverted "…, X said"
    /// clause, "according to X", or a quote with a speaker. Future and intent cues win over "reported".
    /// </summary>
    public (EventModality Modality, EventActor? ReportedBy) Modality(ArticleSyntax syntax, ClauseView clause, int v)
    {
        var keys = _a.Keys;
        EventModality? cue = null;
        // "if they did not withdraw": a condition is no fact.
        foreach (var d in syntax.Dependents(v, "mark"))
            if (keys[d] is "IF" or "UNLESS" or "WHETHER") cue = EventModality.Possible;
        foreach (var d in syntax.Dependents(v, "aux"))
            cue ??= keys[d] switch
            {
                "WILL" or "'LL" or "SHALL" or "WOULD" => EventModality.Planned,
                "COULD" or "MAY" or "MIGHT" or "CAN" => EventModality.Possible,
                _ => null,
            };
        EventActor? reporter = null;
        int cur = v;
        for (int steps = 0; steps < 5 && cur >= 0; steps++)
        {
            reporter ??= AccordingTo(syntax, clause, cur) ?? InvertedSpeaker(syntax, clause, cur);
            var label = syntax.Label(cur);
            int head = syntax.Head(cur);
            if (head < 0) break;
            if (label == "xcomp") cue ??= IntentOf(keys[head]);
            if (label is "ccomp" or "parataxis" && IsSpeech(head))
            {
                reporter ??= clause.Subjects(head).Select(s => One(syntax, clause, s) ?? Words(syntax, s)).FirstOrDefault(p => p is not null);
                // "It was reported that …": a claim with nobody named.
                reporter ??= new EventActor(_a.Tokens[head].Start, _a.Tokens[head].End, "unnamed source", null, null, null);
                break;
            }
            if (label is not ("xcomp" or "conj" or "ccomp" or "advcl")) break;
            cur = head;
        }
        reporter ??= QuoteSpeaker(v);
        return (cue ?? (reporter is not null ? EventModality.Reported : EventModality.Asserted), reporter);
    }

    /// <summary>A speaker known only by the words of the phrase ("officials", "the ministry"): no entity, no code.</summary>
    private EventActor? Words(ArticleSyntax syntax, int t)
    {
        if (syntax.Upos(t) is not ("NOUN" or "PROPN")) return null;
        int start = t;
        foreach (var d in syntax.Dependents(t, "amod", "compound", "det", "nmod:poss"))
            if (d < start && d >= t - 4) start = d;
        return new EventActor(_a.Tokens[start].Start, _a.Tokens[t].End, _a.Text[_a.Tokens[start].Start.._a.Tokens[t].End], null, null, null);
    }

    private static EventModality? IntentOf(string key)
    {
        if (key.StartsWith("THREAT", StringComparison.Ordinal) || key.StartsWith("WARN", StringComparison.Ordinal)) return EventModality.Threatened;
        if (key.StartsWith("PROMIS", StringComparison.Ordinal) || key.StartsWith("PLEDG", StringComparison.Ordinal) || key.StartsWith("VOW", StringComparison.Ordinal)
            || key.StartsWith("COMMIT", StringComparison.Ordinal)) return EventModality.Promised;
        foreach (var p in new[] { "PLAN", "INTEND", "EXPECT", "AIM", "SEEK", "SOUGHT", "DECID", "PREPAR", "DUE", "SCHEDUL", "WANT", "HOPE", "PROPOS", "WILLING", "READY", "SET" })
            if (key.StartsWith(p, StringComparison.Ordinal)) return EventModality.Planned;
        return null;
    }

    private bool IsSpeech(int t) => NameWords.IsSpeechVerb(_a.Tokens[t].Span(_a.Text));

    /// <summary>"according to X" on the verb.</summary>
    private EventActor? AccordingTo(ArticleSyntax syntax, ClauseView clause, int v)
    {
        foreach (var d in syntax.Dependents(v))
            if (syntax.Dependents(d, "case").Any(c => _a.Keys[c] == "ACCORDING")) return One(syntax, clause, d);
        return null;
    }

    /// <summary>"X attacked Y, the spokesman said": the speech verb hangs on the event's verb as a parataxis.</summary>
    private EventActor? InvertedSpeaker(ArticleSyntax syntax, ClauseView clause, int v)
    {
        foreach (var d in syntax.Dependents(v, "parataxis"))
            if (IsSpeech(d) && clause.Subjects(d).Select(s => One(syntax, clause, s)).FirstOrDefault(p => p is not null) is { } speaker) return speaker;
        return null;
    }

    private EventActor? QuoteSpeaker(int v)
    {
        int at = _a.Tokens[v].Start;
        foreach (var q in _a.Quotes)
            if (q.Start <= at && at < q.End && q.SpeakerText is not null)
            {
                var m = _a.Mentions.FirstOrDefault(x => x.Key == q.SpeakerKey);
                return m is not null ? FromMention(m) with { Text = q.SpeakerText } : new EventActor(q.Start, q.Start, q.SpeakerText, q.SpeakerKey, null, null);
            }
        return null;
    }

    /// <summary>The event's date: a calendar time expression in the verb's clause, else the article's date.</summary>
    public (PartialDate? Date, EventDateSource Source, string? Text) DateOf(ArticleSyntax syntax, ClauseView clause, int v)
    {
        var tokens = _a.Tokens;
        var s = clause.Sentence;
        foreach (var time in _a.Times)
        {
            if (time.End <= s.Start || time.Start >= s.End || time.Type != TimeType.Date) continue;
            if (EventCoder.ParseTimexDate(time.Value) is not { } date) continue;
            for (int t = s.FirstToken; t < s.EndToken; t++)
                if (tokens[t].Start >= time.Start && tokens[t].End <= time.End && clause.InClause(t, v, 4))
                    return (date, EventDateSource.Text, time.Text);
        }
        // "the withdrawal began in May": a noun event takes the time of the verb it is the subject or object of.
        if (syntax.Upos(v) == "NOUN" && syntax.Label(v) is "nsubj" or "obj" or "nsubj:pass" && syntax.Head(v) is var governor and >= 0 && syntax.IsVerb(governor))
            return DateOf(syntax, clause, governor);
        return _a.PublicationDate is { } published ? (published, EventDateSource.Article, null) : (null, EventDateSource.None, null);
    }

    /// <summary>The place taken or struck (coercion, assault, fighting), or a place after "in", "at", "near" … in the verb's clause.</summary>
    public EventPlace? PlaceOf(ArticleSyntax syntax, ClauseView clause, int v, IEnumerable<EventActor?> targets, string root)
    {
        // A capital as a target elsewhere stands for its government ("rejected Washington's allegations"), not a place.
        if (root is "17" or "18" or "19" or "20")
            foreach (var target in targets)
            if (target is { Key: { } key } && key.StartsWith("place:", StringComparison.Ordinal) && _a.Mentions.FirstOrDefault(m => m.Key == key && m.Start == target.Start) is { PlaceId: { } id } m
                && _places.ById(id) is { IsCountry: false })
                return new EventPlace(m.Start, m.End, m.Text, id);
        var keys = _a.Keys;
        for (int t = clause.Start; t < clause.End; t++)
        {
            if (_mention[t] is not { PlaceId: { } placeId } place || _agent[t] is not null) continue;
            // The place's phrase ("in Baghdad", "in northern Syria", "in Helmand province") follows a place preposition and
            // hangs on the verb, or on its object ("signed an agreement in Baghdad").
            int phrase = t;
            while (syntax.Label(phrase) is "compound" or "flat" or "amod" && syntax.Head(phrase) >= 0) phrase = syntax.Head(phrase);
            if (clause.Preposition(phrase, keys) is not { } p || !PlacePrepositions.Contains(p)) continue;
            int head = syntax.Head(phrase);
            if (head == v || head >= 0 && syntax.Head(head) == v && syntax.Label(head) is "obj" or "obl" or "nsubj" or "nsubj:pass")
                return new EventPlace(place.Start, place.End, place.Text, placeId);
        }
        return null;
    }
}
