using Sitrep.Articles;
using Sitrep.Corpus.Events;
using Sitrep.News.Documents;
using Xunit;

namespace Sitrep.Corpus.Tests.Events;

/// <summary>One happening, one event: reports written for these tests about a fictional river town, Ostrava Bend.</summary>
public class EventMergerTests
{
    private const string Seized = "Rebels seized Ostrava Bend.";

    private static ArticleAnalysis Report(string id, string site, string published, string? date = null, string source = "rebels",
        string cameo = "192", bool negated = false, EventModality modality = EventModality.Asserted, string? place = "geonames:1")
    {
        var text = $"{Seized} More news follows in report {id}.";
        var day = PartialDate.TryParse(published, out var p) ? p : throw new ArgumentException(published);
        PartialDate? eventDate = date is null ? day : PartialDate.TryParse(date, out var d) ? d : null;
        return new ArticleAnalysis
        {
            Article = Article.Create($"Report {id}", text, day, path: id, site: site),
            Published = day,
            Events =
            [
                new Event
                {
                    Start = 0, End = Seized.Length, TriggerStart = 7, TriggerEnd = 13, Trigger = "seized",
                    Source = new EventActor(0, 6, source == "rebels" ? "Rebels" : source, "org:" + source, null, "---REB"),
                    Target = new EventActor(14, 26, "Ostrava Bend", "place:" + (place ?? "geonames:1"), null, "CZE"),
                    Cameo = cameo, CameoName = "Occupy territory", Plover = cameo.StartsWith("19") ? "ASSAULT" : "COERCE",
                    QuadClass = 4, Goldstein = -9.5,
                    Date = eventDate, DateSource = date is null ? EventDateSource.Article : EventDateSource.Text, DateText = date,
                    Place = place is null ? null : new EventPlace(14, 26, "Ostrava Bend", place),
                    Negated = negated, Modality = modality, Rule = "test",
                },
            ],
        };
    }

    /// <summary>Entity ids as Corpus would give them: one per key, across articles.</summary>
    private static string? EntityId(string article, string? key) => key;

    [Fact]
    public void Reports_of_one_happening_become_one_event_that_counts_distinct_sources()
    {
        var events = EventMerger.Merge([Report("a", "Daily", "2021-08-08"), Report("b", "Daily", "2021-08-09"), Report("c", "Herald", "2021-08-10")], EntityId);
        var e = Assert.Single(events);
        Assert.Equal(("event-1", 3, 2), (e.Id, e.Reports.Count, e.SourceCount));
        Assert.Equal(["a", "b", "c"], e.Reports.Select(r => r.Article.Article.Path));
        Assert.Equal(Seized, e.Reports[0].Sentence);
        Assert.Empty(e.Differences);
    }

    [Fact]
    public void A_detail_the_reports_give_differently_is_recorded_not_split()
    {
        var events = EventMerger.Merge([Report("a", "Daily", "2021-08-09", date: "2021-08-08"), Report("b", "Herald", "2021-08-09", date: "2021-08-08"),
            Report("c", "Wire", "2021-08-09", date: "2021-08-07")], EntityId);
        var e = Assert.Single(events);
        Assert.Equal("2021-08-08", e.Date?.ToString());
        var date = Assert.Single(e.Differences);
        Assert.Equal("date", date.Field);
        Assert.Equal([("2021-08-08", 2), ("2021-08-07", 1)], date.Variants.Select(v => (v.Value, v.Reports.Count)));
    }

    [Fact]
    public void Another_doer_at_the_same_place_is_a_difference_of_who_did_it()
    {
        var e = Assert.Single(EventMerger.Merge([Report("a", "Daily", "2021-08-08"), Report("b", "Herald", "2021-08-08", source: "militia")], EntityId));
        Assert.Equal("source", Assert.Single(e.Differences).Field);
    }

    [Fact]
    public void The_same_act_weeks_apart_is_another_happening()
    {
        var events = EventMerger.Merge([Report("a", "Daily", "2021-08-08"), Report("b", "Daily", "2021-08-25")], EntityId);
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Negated_events_are_no_happenings_and_plans_never_merge_with_facts()
    {
        var events = EventMerger.Merge([Report("a", "Daily", "2021-08-08"), Report("b", "Daily", "2021-08-08", negated: true),
            Report("c", "Herald", "2021-08-08", modality: EventModality.Threatened)], EntityId);
        Assert.Equal(2, events.Count);
        Assert.DoesNotContain(events.SelectMany(e => e.Reports), r => r.Event.Negated);
        Assert.Single(events, e => e.Modality == EventModality.Threatened);
    }

    [Fact]
    public void The_most_widely_reported_comes_first()
    {
        var events = EventMerger.Merge([Report("a", "Daily", "2021-08-01"), Report("b", "Daily", "2021-08-20"), Report("c", "Herald", "2021-08-20"),
            Report("d", "Wire", "2021-08-21")], EntityId);
        Assert.Equal([3, 1], events.Select(e => e.SourceCount));
        Assert.Equal(["event-1", "event-2"], events.Select(e => e.Id));
    }
}
