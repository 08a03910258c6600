namespace Sitrep.News.Times;

/// <summary>A calendar or clock unit, as named by a duration or a relative expression.</summary>
internal enum TimeUnit : byte
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}
