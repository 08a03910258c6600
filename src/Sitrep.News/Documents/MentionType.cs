namespace Sitrep.News.Documents;

public enum MentionType : byte
{
    Person,
    Organization,
    Place,
}
