namespace Sitrep.News.Times;

/// <summary>
/// How to read an ambiguous numeric date such as "7/8/2021": month first as in the United States
/// (July 8, the default) or day first as in most other countries (7 August). "22/07/2021" and
/// "7/22/2021" are read the only way they can be, whatever the order.
/// </summary>
public enum NumericDateOrder : byte
{
    MonthFirst,
    DayFirst,
}
