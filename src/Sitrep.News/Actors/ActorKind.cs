namespace Sitrep.News.Actors;

public enum ActorKind : byte
{
    Person,
    Organization,
}
