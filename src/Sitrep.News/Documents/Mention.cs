namespace Sitrep.News.Documents;

/// <summary>
/// A name in the text (span in UTF-16 code units, end exclusive) linked to an entity key that is
/// unique within the article: "actor:joe-biden", "place:geonames:1138958", "person:andrey rudenko",
/// "org:cato institute". Corpus turns keys into entity ids across articles.
/// </summary>
public sealed record Mention(int Start, int End, string Text, MentionType Type, string Key, string? ActorId = null, string? PlaceId = null)
{
    /// <summary>A mention whose actor or gazetteer entry is the one its key names ("actor:…", "place:…").</summary>
    public static Mention Keyed(int start, int end, string text, MentionType type, string key) =>
        new(start, end, text, type, key,
            key.StartsWith("actor:", StringComparison.Ordinal) ? key[6..] : null,
            type == MentionType.Place && key.StartsWith("place:", StringComparison.Ordinal) ? key[6..] : null);
}
