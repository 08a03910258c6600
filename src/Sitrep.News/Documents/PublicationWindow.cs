namespace Sitrep.News.Documents;

/// <summary>
/// Where an inferred publication date may lie: not before <see cref="Earliest"/> (the latest date the
/// text looks back on, or the day an office named in it began) and probably not after <see cref="Latest"/>
/// (null when nothing bounds it, as for "former President X"). A day read from the text bounds it
/// <see cref="ExpectedLagDays"/> later: 80% of timeline17's dev articles whose latest written date was a
/// day appeared 0–7 days after it (bench `dct`). A month or a year bounds nothing above: the articles whose
/// latest written date was only a year appeared a median 851 days after its end.
/// </summary>
public sealed record PublicationWindow(DateOnly Earliest, DateOnly? Latest)
{
    /// <summary>Days from the latest day a text writes out to its publication that cover 80% of timeline17's dev articles (bench `dct`).</summary>
    public const int ExpectedLagDays = 7;

    /// <summary>The window of a date read from the text: from its first day, to <see cref="ExpectedLagDays"/> after it for a day, open for a month or year.</summary>
    public static PublicationWindow After(Sitrep.Articles.PartialDate date) =>
        new(date.FirstDay, date.IsFullDate ? date.LastDay.AddDays(ExpectedLagDays) : null);

    public bool Contains(DateOnly day) => day >= Earliest && (Latest is not { } last || day <= last);
}
