using Sitrep.News.Actors;
using Sitrep.News.Mentions;
using Sitrep.News.Documents;

namespace Sitrep.Corpus.Entities;

/// <summary>One real-world person, organisation or place, with every name the articles use for it.</summary>
public sealed record Entity(
    string Id, string Name, MentionType Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Articles,
    EntityPlace? Place, string? Actor, int MentionCount, IReadOnlyList<ActorRole>? Roles = null);

/// <summary>Where a place entity is: its gazetteer entry.</summary>
public sealed record EntityPlace(string Id, string Name, string FeatureClass, string Country, string? Admin1, double Lat, double Lon, string? CoordinateSource);
