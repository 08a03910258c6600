namespace Sitrep.News.Documents;

/// <summary>TimeML TIMEX3 types (TimeML 1.2.1 §2.2).</summary>
public enum TimeType : byte
{
    Date,
    Time,
    Duration,
    Set,
}
