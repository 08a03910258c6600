using Sitrep.Articles;

namespace Sitrep.News.Documents;

/// <summary>
/// One happening an article reports: who (<see cref="Source"/>) did what (<see cref="Cameo"/>, <see cref="Plover"/>)
/// to whom (<see cref="Target"/>), when, where, and on whose word. Spans are UTF-16 code units into the article
/// (end exclusive): the sentence (<see cref="Start"/>, <see cref="End"/>) and the trigger word that names the action.
/// Coded from the dependency parse and the CAMEO verb patterns; <see cref="Rule"/> says which pattern or rule
/// gave the code, so that every event carries its evidence.
/// </summary>
public sealed record Event
{
    /// <summary>The sentence.</summary>
    public required int Start { get; init; }
    public required int End { get; init; }

    /// <summary>The word (or words) that name the action: "took", "withdrawal".</summary>
    public required int TriggerStart { get; init; }
    public required int TriggerEnd { get; init; }
    public required string Trigger { get; init; }

    /// <summary>Who acted; null when the text does not say (a passive without "by").</summary>
    public EventActor? Source { get; init; }
    /// <summary>Who or what it was done to; null for an action without one ("protesters marched").</summary>
    public EventActor? Target { get; init; }

    /// <summary>The CAMEO code, four digits where the text supports it, the root's three otherwise ("190", "0874").</summary>
    public required string Cameo { get; init; }
    public required string CameoName { get; init; }
    /// <summary>The PLOVER event type ("ASSAULT"); null for CAMEO statements, which PLOVER does not code.</summary>
    public string? Plover { get; init; }
    public string? PloverMode { get; init; }
    public string? PloverContext { get; init; }
    /// <summary>1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public required int QuadClass { get; init; }
    /// <summary>The Goldstein scale score of the code, −10 (most conflictual) to +10.</summary>
    public required double Goldstein { get; init; }

    /// <summary>When: the event's own time expression, else the article's date; null when neither is known.</summary>
    public PartialDate? Date { get; init; }
    public required EventDateSource DateSource { get; init; }
    /// <summary>The time expression the date was read from, when it is the event's own.</summary>
    public string? DateText { get; init; }

    /// <summary>Where: the place the sentence attaches to the action ("in Helmand"), or the place taken.</summary>
    public EventPlace? Place { get; init; }

    /// <summary>"did not attack": kept in the article's layer, flagged; never a happening of the situation or an export.</summary>
    public bool Negated { get; init; }
    public required EventModality Modality { get; init; }
    /// <summary>Who said so when the event is reported inside a "said that" clause, a quote or "according to": not the source.</summary>
    public EventActor? ReportedBy { get; init; }

    /// <summary>Why this code: the verb or noun, the CAMEO block and the pattern that matched.</summary>
    public required string Rule { get; init; }
}

/// <summary>
/// A participant: its words in the text, the article-local entity key of the mention it is (null for a group with no
/// name, "Afghan security forces"), the actor id, and the CAMEO actor code (country + role: USAGOV, AFGMIL; null: unknown).
/// </summary>
public sealed record EventActor(int Start, int End, string Text, string? Key, string? ActorId, string? Code);

/// <summary>A located event's place: its words and gazetteer entry.</summary>
public sealed record EventPlace(int Start, int End, string Text, string PlaceId);

/// <summary>Where an event's date comes from.</summary>
public enum EventDateSource
{
    /// <summary>No date is known.</summary>
    None,
    /// <summary>A time expression attached to the action in its sentence.</summary>
    Text,
    /// <summary>The article's publication date.</summary>
    Article,
}

/// <summary>Whether the event happened, as far as the sentence says.</summary>
public enum EventModality
{
    /// <summary>Stated as having happened or happening.</summary>
    Asserted,
    /// <summary>Stated as someone's claim: inside "X said that …", a quote, or "according to X".</summary>
    Reported,
    /// <summary>To come: "will withdraw", "plans to", "is due to".</summary>
    Planned,
    /// <summary>"promised to", "pledged to", "vowed to".</summary>
    Promised,
    /// <summary>"threatened to".</summary>
    Threatened,
    /// <summary>"could", "may", "might".</summary>
    Possible,
}
