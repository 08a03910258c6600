namespace Sitrep.News.Mentions;

public enum MentionType : byte
{
    Person,
    Organization,
    Place,
}
