using Sitrep.News.Actors;
using Sitrep.News.Places;
using Sitrep.Nlp.Lexicon;
using Sitrep.Nlp.Matching;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Mentions;

/// <summary>
/// Finds the names of people, organisations and places in an article and links each to an entity
/// key. First version, rules and gazetteers: actor-base and gazetteer phrases, capitalized runs
/// classified by titles, given names and organisation head words, acronyms defined in the text
/// ("North American Treaty Organization (NATO)"), and surnames that repeat a full name met earlier.
/// A second pass re-reads the article with the names the first pass learned.
/// </summary>
public sealed class MentionFinder
{
    private readonly ActorBase _actors;
    private readonly Gazetteer _places;
    private readonly ToponymResolver _resolver;
    private readonly NameWords _names;
    private readonly CommonWords _common;

    private readonly INameRecognizer? _recognizer;
    private readonly bool _linking;

    /// <param name="recognizer">A trained recognizer whose spans replace the capitalization rules; null keeps the rules.</param>
    /// <param name="linking">False skips the second pass (surnames, acronyms and names learned in the article): for measuring its cost.</param>
    public MentionFinder(ActorBase actors, Gazetteer places, NameWords names, CommonWords common, INameRecognizer? recognizer = null, bool linking = true)
    {
        _linking = linking;
        _actors = actors;
        _places = places;
        _resolver = new ToponymResolver(places);
        _names = names;
        _common = common;
        _recognizer = recognizer;
    }

    private enum Source : byte { Run = 1, Place = 2, Actor = 3, Local = 4 }

    private sealed record Candidate(int Start, int End, MentionType Type, Source Source, string Key, Actor? Actor = null, IReadOnlyList<Place>? Places = null);

    private sealed class Context(string text, IReadOnlyList<Token> tokens, string[] keys, DateOnly? date)
    {
        public string Text { get; } = text;
        public IReadOnlyList<Token> Tokens { get; } = tokens;
        public string[] Keys { get; } = keys;
        public DateOnly? Date { get; } = date;
        public PhraseMatcher<(string Key, MentionType Type)> Local { get; } = new();
        public Dictionary<string, (string Key, MentionType Type)> Acronyms { get; } = new(StringComparer.Ordinal);
        /// <summary>The recognizer's spans as token ranges, when a recognizer is used.</summary>
        public List<(int Start, int End, string Type)>? Recognized { get; set; }
        public string Word(int i) => Tokens[i].Text(Text);
    }

    public List<Mention> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, string[] keys, DateOnly? date)
    {
        var ctx = new Context(text, tokens, keys, date);
        if (_recognizer is not null) ctx.Recognized = ToTokenRanges(tokens, _recognizer.Recognize(text, tokens, sentences));
        // The second pass adds only the names learned in the first (surnames, acronyms) to the same candidates,
        // so the first pass's per-sentence candidates are kept rather than found again.
        var cached = new List<Candidate>[sentences.Count];
        var first = Select(ctx, sentences, cached);
        if (!_linking) return Link(ctx, first);
        Learn(ctx, first);
        var chosen = Select(ctx, sentences, cached);
        return Link(ctx, chosen);
    }

    private List<Candidate> Select(Context ctx, IReadOnlyList<Sentence> sentences, List<Candidate>[] cached)
    {
        var chosen = new List<Candidate>();
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            var candidates = new List<Candidate>();
            AddLocal(ctx, s, candidates);
            if (cached[k] is null)
            {
                var found = new List<Candidate>();
                AddActors(ctx, s, found);
                AddPlaces(ctx, s, found);
                if (ctx.Recognized is null) AddRuns(ctx, s, found);
                else AddRecognizedAndRules(ctx, s, found);
                cached[k] = found;
            }
            candidates.AddRange(cached[k]);
            // "The North Atlantic Treaty Organization said": the actor base's name after an opening "The" beats the longer run.
            candidates.RemoveAll(c => c.Actor is null && c.End - c.Start > 1 && ctx.Keys[c.Start] == "THE"
                                      && candidates.Any(o => o.Actor is not null && o.Start == c.Start + 1 && o.End == c.End));
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

    private void AddLocal(Context ctx, Sentence s, List<Candidate> into)
    {
        // Acronyms first: on a tie the first candidate wins, and "PWC" defined as "Pamir Water Council (PWC)" is that council, not a name of its own.
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (ctx.Acronyms.TryGetValue(ctx.Word(i), out var a))
                into.Add(new Candidate(i, i + 1, a.Type, Source.Local, a.Key));
        foreach (var m in ctx.Local.FindAll(ctx.Keys, s.FirstToken, s.EndToken))
            if (IsNameSpan(ctx, m.StartToken, m.EndToken, s))
                into.Add(new Candidate(m.StartToken, m.EndToken, m.Values[0].Type, Source.Local, m.Values[0].Key));
    }

    private void AddActors(Context ctx, Sentence s, List<Candidate> into)
    {
        foreach (var found in _actors.Names.FindAll(ctx.Keys, s.FirstToken, s.EndToken))
        {
            var m = found;
            // An alias with a lower-case word ("the Taliban movement") that the text writes as words, not a name:
            // the shorter name inside it still counts ("Taliban").
            for (int end = m.EndToken - 1; !IsNameSpan(ctx, m.StartToken, m.EndToken, s) && end > m.StartToken; end--)
                if (_actors.Names.LongestAt(ctx.Keys, m.StartToken, end) is { } shorter) m = shorter;
            if (!IsNameSpan(ctx, m.StartToken, m.EndToken, s)) continue;
            var actor = ChooseActor(m.Values, ctx.Date);
            var type = actor.Kind == ActorKind.Person ? MentionType.Person : MentionType.Organization;
            into.Add(new Candidate(m.StartToken, m.EndToken, type, Source.Actor, "actor:" + actor.Id, actor));
        }
    }

    /// <summary>Among actors sharing a name, the one holding a role on the article's date, else the first.</summary>
    private static Actor ChooseActor(IReadOnlyList<Actor> actors, DateOnly? date)
    {
        if (actors.Count == 1 || date is not { } d) return actors[0];
        return actors.FirstOrDefault(a => a.Roles.Any(r => r.HoldsOn(d))) ?? actors[0];
    }

    private void AddPlaces(Context ctx, Sentence s, List<Candidate> into)
    {
        foreach (var m in _places.Names.FindAll(ctx.Keys, s.FirstToken, s.EndToken))
        {
            if (!IsNameSpan(ctx, m.StartToken, m.EndToken, s)) continue;
            if (m.EndToken - m.StartToken == 1 && !IsPlaceAlone(ctx.Tokens[m.StartToken].Span(ctx.Text), m.Values)) continue;
            into.Add(new Candidate(m.StartToken, m.EndToken, MentionType.Place, Source.Place, "", Places: m.Values));
        }
    }

    private static readonly HashSet<string> NotPlacesAlone = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "North", "South", "East", "West", "Central", "Middle", "Northern", "Southern", "Eastern", "Western", "Gulf", "Islamic", "Arab",
    };

    /// <summary>Month, weekday and compass words name towns somewhere, but alone in news they almost never do.</summary>
    private static bool NotAPlaceAlone(ReadOnlySpan<char> word) => NotPlacesAlone.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// Whether one word alone can name one of these places. Not a given name ("Mark", "Jackson" are
    /// people far more often than small towns), not a title ("Sheikh"), not a month or compass word,
    /// and a short all-caps word only for a country or region ("US", "UAE" — not "UN" for a town named Un).
    /// </summary>
    private bool IsPlaceAlone(ReadOnlySpan<char> word, IReadOnlyList<Place> places)
    {
        bool major = places.Any(p => p.IsCountry || p.IsRegion || p.IsAdmin1 || p.Population >= 100_000);
        if (_names.IsGivenName(word) && !major) return false;
        if (NotAPlaceAlone(word) || NameWords.IsTitle(word)) return false;
        return !(word.Length <= 4 && IsAllCaps(word)) || places.Any(p => p.IsCountry || p.IsRegion);
    }

    /// <summary>
    /// A phrase match counts as a name only when its words are capitalized (particles aside), it is
    /// not a lone common word ("Reading", "Mobile"), and a short all-caps key ("IS") was written in caps.
    /// </summary>
    private bool IsNameSpan(Context ctx, int start, int end, Sentence s)
    {
        var text = ctx.Text;
        var first = ctx.Tokens[start];
        var last = ctx.Tokens[end - 1];
        if (!IsCapitalizedWord(ctx, first) || !IsCapitalizedWord(ctx, last)) return false;
        for (int i = start + 1; i < end - 1; i++)
        {
            var t = ctx.Tokens[i];
            if (t.Kind == TokenKind.Word && !char.IsUpper(text[t.Start]) && !NameWords.IsParticle(t.Span(text))) return false;
        }
        if (end - start == 1)
        {
            var w = first.Span(text);
            bool allCaps = IsAllCaps(w);
            if (w.Length <= 3 && !allCaps) return false;
            if (_common.IsCommon(w) && !(allCaps && w.Length >= 2)) return false;
            if (allCaps && w.Length > 5 && IsShouting(ctx, s)) return false;
        }
        return true;
    }

    private static bool IsCapitalizedWord(Context ctx, Token t) => t.Kind == TokenKind.Word && char.IsUpper(ctx.Text[t.Start]);

    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        bool letter = false;
        foreach (char c in w)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsLetter(c);
        }
        return letter;
    }

    /// <summary>A sentence written all in capitals (a shouted headline) gives no case evidence.</summary>
    private static bool IsShouting(Context ctx, Sentence s)
    {
        int caps = 0, words = 0;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (ctx.Tokens[i].Kind != TokenKind.Word) continue;
            words++;
            if (IsAllCaps(ctx.Tokens[i].Span(ctx.Text))) caps++;
        }
        return words > 3 && caps * 2 > words;
    }

    /// <summary>
    /// The recognizer's names, and the capitalization rules' names where the recognizer proposed
    /// nothing: the recognizer decides where it speaks, the rules keep what it misses (a title or an
    /// apposition marks a person it has never seen).
    /// </summary>
    private void AddRecognizedAndRules(Context ctx, Sentence s, List<Candidate> into)
    {
        var recognized = new List<Candidate>();
        AddRecognized(ctx, s, recognized);
        var rules = new List<Candidate>();
        AddRuns(ctx, s, rules);
        into.AddRange(recognized);
        into.AddRange(rules.Where(r => !recognized.Any(n => n.Start < r.End && r.Start < n.End)));
    }

    /// <summary>
    /// The recognizer's names in a sentence: persons and organisations as rule-found names would be,
    /// locations only when the gazetteer knows them (a place needs coordinates); MISC is not an entity here.
    /// </summary>
    private void AddRecognized(Context ctx, Sentence s, List<Candidate> into)
    {
        foreach (var (spanStart, spanEnd, type) in ctx.Recognized!)
        {
            if (spanStart < s.FirstToken || spanEnd > s.EndToken) continue;
            foreach (var (start, end) in NamePieces(ctx, s, spanStart, spanEnd))
            {
                // The actor base names this span already; its canonical key beats the recognizer's guess.
                if (_actors.Names.LongestAt(ctx.Keys, start, end) is { } actor && actor.EndToken == end) continue;
                if (IsNameSpan(ctx, start, end, s) && IsPlausibleName(ctx, start, end, type)) AddRecognizedPiece(ctx, start, end, type, into);
            }
        }
    }

    /// <summary>
    /// The name-like pieces of a recognized span. A recognizer trained on 1990s newswire drifts on other
    /// text ("And Biden needs", "Islamic State and Al-Qaeda branches"): a name is capitalized words,
    /// joined only by particles, and a capitalized common word opening the sentence is not part of it.
    /// </summary>
    private IEnumerable<(int Start, int End)> NamePieces(Context ctx, Sentence s, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            while (i < end && !IsCapitalizedWord(ctx, ctx.Tokens[i])) i++;
            if (i < end && (i == s.FirstToken || ctx.Word(i) == "The") && _common.IsCommon(ctx.Tokens[i].Span(ctx.Text)) && !_names.IsGivenName(ctx.Tokens[i].Span(ctx.Text))) { i++; continue; }
            int j = i;
            while (j < end && (IsCapitalizedWord(ctx, ctx.Tokens[j])
                               || (NameWords.IsParticle(ctx.Tokens[j].Span(ctx.Text)) && j + 1 < end && IsCapitalizedWord(ctx, ctx.Tokens[j + 1]))
                               || (ctx.Tokens[j].Length == 1 && ctx.Text[ctx.Tokens[j].Start] is '.' or '-' && j + 1 < end && IsCapitalizedWord(ctx, ctx.Tokens[j + 1]))))
                j++;
            if (j > i) yield return (i, j);
            i = Math.Max(j, i + 1);
        }
    }

    /// <summary>
    /// Checks a recognized name against what the lexicons know: a demonym or region word alone
    /// ("Central Asian", "Muslim") is no entity; a person's words are names, not common words
    /// ("Combat-Readiness Check Amid Rising" is a headline); an organisation made of common words
    /// needs a head word ("Joint Chiefs of Staff") to count; titles are no part of a name ("US President").
    /// </summary>
    private bool IsPlausibleName(Context ctx, int start, int end, string type)
    {
        bool allDescriptive = true, anyCommon = false, anyHead = false, anyTitle = false;
        for (int i = start; i < end; i++)
        {
            var w = ctx.Tokens[i].Span(ctx.Text);
            if (NameWords.IsParticle(w)) continue;
            allDescriptive &= _places.CountryOfDemonym(w) is not null || NotAPlaceAlone(w) || NameWords.IsGroupDescriptor(w);
            anyCommon |= _common.IsCommon(w) && !_names.IsGivenName(w) && !IsAllCaps(w);
            anyHead |= NameWords.IsOrganizationHead(w);
            anyTitle |= NameWords.IsTitle(w) && !NameWords.IsOrganizationHead(w) && !_names.IsGivenName(w);
        }
        if (allDescriptive) return false;
        var last = ctx.Tokens[end - 1].Span(ctx.Text);
        if (NameWords.IsTitle(last) && !anyHead) return false;
        return type switch
        {
            "PER" => !anyCommon && !anyTitle,
            "ORG" => !anyCommon || anyHead,
            _ => true,
        };
    }

    private void AddRecognizedPiece(Context ctx, int start, int end, string type, List<Candidate> into)
    {
        switch (type)
        {
            case "PER":
                into.Add(new Candidate(start, end, MentionType.Person, Source.Run, "person:" + FoldedName(ctx, start, end)));
                break;
            case "ORG":
                into.Add(new Candidate(start, end, MentionType.Organization, Source.Run, "org:" + FoldedName(ctx, start, end)));
                break;
            case "LOC" when _places.Names.LongestAt(ctx.Keys, start, end) is { } m && m.EndToken == end:
                into.Add(new Candidate(start, end, MentionType.Place, Source.Run, "", Places: m.Values));
                break;
        }
    }

    /// <summary>Character spans to token ranges: the tokens a span covers.</summary>
    private static List<(int Start, int End, string Type)> ToTokenRanges(IReadOnlyList<Token> tokens, IReadOnlyList<NamedSpan> spans)
    {
        var ranges = new List<(int, int, string)>(spans.Count);
        int t = 0;
        foreach (var span in spans.OrderBy(x => x.Start))
        {
            while (t < tokens.Count && tokens[t].End <= span.Start) t++;
            int end = t;
            while (end < tokens.Count && tokens[end].Start < span.End) end++;
            if (end > t) ranges.Add((t, end, span.Type));
        }
        return ranges;
    }

    /// <summary>Capitalized runs classified as organisations (a head word such as "Institute") or persons (a title, a given name, a speech verb).</summary>
    private void AddRuns(Context ctx, Sentence s, List<Candidate> into)
    {
        var text = ctx.Text;
        int i = s.FirstToken;
        while (i < s.EndToken)
        {
            if (!IsCapitalizedWord(ctx, ctx.Tokens[i])) { i++; continue; }
            int start = i, end = i + 1;
            while (end < s.EndToken)
            {
                var t = ctx.Tokens[end];
                if (IsCapitalizedWord(ctx, t)) { end++; continue; }
                if (t.Kind == TokenKind.Word && NameWords.IsParticle(t.Span(text)) && end + 1 < s.EndToken && IsCapitalizedWord(ctx, ctx.Tokens[end + 1])) { end += 2; continue; }
                break;
            }
            ClassifyRun(ctx, s, start, end, into);
            i = end;
        }
    }

    private void ClassifyRun(Context ctx, Sentence s, int start, int end, List<Candidate> into)
    {
        var text = ctx.Text;
        // A capitalized common word opening a sentence ("The", "During") is not part of a name.
        while (start < end && start == s.FirstToken && _common.IsCommon(ctx.Tokens[start].Span(text)) && !NameWords.IsTitle(ctx.Tokens[start].Span(text)))
            start++;
        if (start >= end) return;

        int head = -1;
        for (int i = start; i < end; i++)
            if (NameWords.IsOrganizationHead(ctx.Tokens[i].Span(text))) head = i;
        if (head >= 0)
        {
            int orgStart = start;
            while (orgStart < head && (_common.IsCommon(ctx.Tokens[orgStart].Span(text)) && orgStart == s.FirstToken)) orgStart++;
            int orgEnd = end;
            while (orgEnd > head + 1 && NameWords.IsParticle(ctx.Tokens[orgEnd - 1].Span(text))) orgEnd--;
            if (orgEnd - orgStart >= 2 || IsAllCaps(ctx.Tokens[orgStart].Span(text)))
                into.Add(new Candidate(orgStart, orgEnd, MentionType.Organization, Source.Run, "org:" + FoldedName(ctx, orgStart, orgEnd)));
            return;
        }

        // Titles, demonyms and country names before a name: "Russian Deputy Foreign Minister Andrey Rudenko".
        bool titled = start > s.FirstToken && IsLowerTitle(ctx, start - 1);
        int nameStart = start;
        while (nameStart < end - 1 && (NameWords.IsTitle(ctx.Tokens[nameStart].Span(text)) || _places.CountryOfDemonym(ctx.Tokens[nameStart].Span(text)) is not null || IsCountryWord(ctx, nameStart)))
        {
            var word = ctx.Tokens[nameStart].Span(text);
            titled |= NameWords.IsTitle(word) && !NameWords.IsParticle(word) && !word.Equals("The", StringComparison.Ordinal);
            nameStart++;
        }
        if (NameWords.IsTitle(ctx.Tokens[nameStart].Span(text))) return;

        // Split what is left at capitalized common words: "Will Russian Troops Again Battle" holds no name.
        for (int i = nameStart; i < end; i++)
            if (_common.IsCommon(ctx.Tokens[i].Span(text)) && !_names.IsGivenName(ctx.Tokens[i].Span(text)))
            {
                if (i > nameStart) AddPerson(ctx, s, nameStart, i, titled, into);
                ClassifyRun(ctx, s, i + 1, end, into);
                return;
            }
        AddPerson(ctx, s, nameStart, end, titled, into);
    }

    private void AddPerson(Context ctx, Sentence s, int start, int end, bool titled, List<Candidate> into)
    {
        var text = ctx.Text;
        int n = end - start;
        if (n == 0 || n > 5) return;
        bool given = _names.IsGivenName(ctx.Tokens[start].Span(text)) && n >= 2;
        bool speaks = (end < s.EndToken && NameWords.IsSpeechVerb(ctx.Tokens[end].Span(text)))
                      || (start > s.FirstToken && NameWords.IsSpeechVerb(ctx.Tokens[start - 1].Span(text)));
        titled |= IsFollowedByTitle(ctx, end, s);
        if (n == 1 && !titled && !speaks) return;
        if (n == 1 && IsAllCaps(ctx.Tokens[start].Span(text))) return;
        for (int i = start; i < end; i++)
            if (NotAPlaceAlone(ctx.Tokens[i].Span(text)) || _places.CountryOfDemonym(ctx.Tokens[i].Span(text)) is not null) return;
        if (!(given || titled || (speaks && n >= 1))) return;
        into.Add(new Candidate(start, end, MentionType.Person, Source.Run, "person:" + FoldedName(ctx, start, end)));
    }

    private static readonly HashSet<string> LowerTitles = new(StringComparer.Ordinal)
    {
        "spokesman", "spokeswoman", "spokesperson", "minister", "president", "envoy", "representative", "official", "leader",
        "head", "director", "commander", "editor", "chief", "secretary", "ambassador", "general", "analyst", "expert", "adviser",
        "advisor", "senator", "governor", "mayor", "diplomat", "negotiator", "correspondent", "reporter", "researcher", "professor",
        "driver", "farmer", "trader", "resident", "witness", "lawyer", "doctor", "activist", "journalist", "student", "teacher", "worker",
    };

    /// <summary>An apposition that names a role: "Dilshod Rahimov, spokesman for …", "Rahimov, a local official".</summary>
    private static bool IsFollowedByTitle(Context ctx, int end, Sentence s)
    {
        if (end + 1 >= s.EndToken || ctx.Word(end) != ",") return false;
        int k = end + 1;
        if (ctx.Word(k) is "a" or "an" or "the") k++;
        while (k < s.EndToken - 1 && k <= end + 4 && !IsLowerTitle(ctx, k) && ctx.Tokens[k].Kind == TokenKind.Word && char.IsLower(ctx.Text[ctx.Tokens[k].Start])) k++;
        return k < s.EndToken && IsLowerTitle(ctx, k);
    }

    private static bool IsLowerTitle(Context ctx, int i) =>
        ctx.Tokens[i].Kind == TokenKind.Word && LowerTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(ctx.Tokens[i].Span(ctx.Text));

    /// <summary>
    /// A one-word country name before a title ("US President", "Russia's envoy"): an abbreviation
    /// counts only in capitals ("US", not "us"), a full name only when not shouted in a headline.
    /// </summary>
    private bool IsCountryWord(Context ctx, int i)
    {
        if (_places.Names.LongestAt(ctx.Keys, i, i + 1) is not { } match || !match.Values.Any(p => p.IsCountry)) return false;
        bool abbreviation = ctx.Tokens[i].Length <= 3;
        return IsAllCaps(ctx.Tokens[i].Span(ctx.Text)) == abbreviation;
    }

    private static string FoldedName(Context ctx, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Select(i => ctx.Keys[i])).ToLowerInvariant();

    /// <summary>After the first pass: surnames of full names, and acronyms defined as "Long Name (ACR)".</summary>
    private void Learn(Context ctx, List<Candidate> found)
    {
        for (int k = 0; k < found.Count; k++)
        {
            var c = found[k];
            var entity = (Key: KeyOf(c, ctx), c.Type);
            var phrase = string.Join(' ', Enumerable.Range(c.Start, c.End - c.Start).Select(ctx.Word));

            // "Long Form (ACR)": the acronym and the long form are one entity; a known acronym's actor wins.
            var known = k + 1 < found.Count && found[k + 1].Start == c.End + 1 && found[k + 1].Actor is not null ? found[k + 1] : null;
            // A known acronym after a long form that is off ("North Atlantic Alliance Organisation (NATO)", a
            // mistranslation) still names it when the first letters agree; an unknown one must spell the initials.
            if (c.End + 2 < ctx.Tokens.Count && ctx.Word(c.End) == "(" && ctx.Word(c.End + 2) == ")" && IsAllCaps(ctx.Tokens[c.End + 1].Span(ctx.Text))
                && (InitialsMatch(ctx.Word(c.End + 1), Enumerable.Range(c.Start, c.End - c.Start).Select(ctx.Word))
                    || (known is not null && c.Type == MentionType.Organization && c.End - c.Start >= 2 && ctx.Word(c.Start)[0] == ctx.Word(c.End + 1)[0])))
            {
                if (known is not null) entity = (KeyOf(known, ctx), known.Type);
                ctx.Acronyms[ctx.Word(c.End + 1)] = entity;
            }
            if (c.Type == MentionType.Person && c.End - c.Start >= 2)
                ctx.Local.Add(ctx.Word(c.End - 1), entity);
            if (c.Type != MentionType.Place)
                ctx.Local.Add(phrase, entity);
        }
    }

    /// <summary>An acronym stands for a long form when its letters are the long form's initials, in order, starting with the first.</summary>
    private static bool InitialsMatch(string acronym, IEnumerable<string> words)
    {
        var initials = words.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]).ToArray();
        if (initials.Length < 2 || acronym[0] != initials[0]) return false;
        int k = 0;
        foreach (char c in acronym)
        {
            while (k < initials.Length && initials[k] != c) k++;
            if (k == initials.Length) return false;
            k++;
        }
        return true;
    }

    private static string KeyOf(Candidate c, Context ctx) => c.Key.Length > 0 ? c.Key : "place:" + c.Places![0].Id;

    /// <summary>Resolves places together (<see cref="ToponymResolver"/>) and turns candidates into mentions.</summary>
    private List<Mention> Link(Context ctx, List<Candidate> chosen)
    {
        var actorCountries = new List<string>();
        foreach (var c in chosen)
            if (c.Actor?.CodeOn(ctx.Date) is { Length: >= 3 } code && _places.CountryByCode3(code[..3]) is { } country)
                actorCountries.Add(country.Country);
        var toponyms = chosen.Where(c => c.Places is not null).Select(c => new Toponym(c.Start, c.End, c.Places!)).ToList();
        var resolved = _resolver.Resolve(ctx.Text, ctx.Tokens, toponyms, actorCountries);

        var mentions = new List<Mention>(chosen.Count);
        int k = 0;
        foreach (var c in chosen)
        {
            var tokens = ctx.Tokens;
            int start = tokens[c.Start].Start, end = tokens[c.End - 1].End;
            var surface = ctx.Text[start..end];
            if (c.Places is not null)
            {
                var place = resolved[k++];
                mentions.Add(new Mention(start, end, surface, MentionType.Place, "place:" + place.Id, PlaceId: place.Id));
            }
            else
                mentions.Add(new Mention(start, end, surface, c.Type, c.Key, c.Actor?.Id ?? (c.Key.StartsWith("actor:", StringComparison.Ordinal) ? c.Key[6..] : null)));
        }
        return mentions;
    }
}
