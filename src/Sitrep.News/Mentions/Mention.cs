namespace Sitrep.News.Mentions;

/// <summary>
/// A name in the text (span in UTF-16 code units, end exclusive) linked to an entity key that is
/// unique within the article: "actor:joe-biden", "place:geonames:1138958", "person:andrey rudenko",
/// "org:cato institute". Corpus turns keys into entity ids across articles.
/// </summary>
public sealed record Mention(int Start, int End, string Text, MentionType Type, string Key, string? ActorId = null, string? PlaceId = null);
