using Sitrep.News.Actors;
using Sitrep.News.Documents;

namespace Sitrep.News.Mentions;

/// <summary>Where a candidate name came from; on a tie in length the later source wins.</summary>
internal enum CandidateSource : byte { Run = 1, Place = 2, Actor = 3, Local = 4 }

/// <summary>
/// A name a candidate source proposes: tokens [Start, End), its type and entity key, and the actor or
/// gazetteer entries it may be. A place's key is empty until its toponym is resolved.
/// </summary>
internal sealed record NameCandidate(int Start, int End, MentionType Type, CandidateSource Source, string Key, Actor? Actor = null, IReadOnlyList<Place>? Places = null)
{
    /// <summary>The key a learned name takes: its own, or for a place its likeliest entry's.</summary>
    public string EntityKey => Key.Length > 0 ? Key : "place:" + Places![0].Id;
}
