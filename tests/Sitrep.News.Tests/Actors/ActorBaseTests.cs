using Sitrep.News.Documents;
using Sitrep.News.Actors;
using Sitrep.News.Tests.Pipeline;
using Xunit;
using Sitrep.News.ResourceBuilding;

namespace Sitrep.News.Tests.Actors;

/// <summary>The shipped actor base with its reviewed overlay: dated roles and offices.</summary>
public class ActorBaseTests
{
    private static readonly ActorBase Actors = ActorBase.Default;

    [Theory]
    [InlineData("2021-07-01", "AFGINS")]
    [InlineData("2021-08-14", "AFGINS")]
    [InlineData("2021-08-15", "AFGGOV")]
    [InlineData("2023-03-01", "AFGGOV")]
    public void The_Taliban_are_insurgents_until_the_fall_of_Kabul_then_the_de_facto_government(string day, string code) =>
        Assert.Equal(code, Actors.ByName("Taliban")!.CodeOn(DateOnly.Parse(day)));

    [Theory]
    [InlineData("Joe Biden", "2015-06-01", "USAGOV")]
    [InlineData("Joe Biden", "2018-06-01", "USAELI")]
    [InlineData("Joe Biden", "2021-06-01", "USAGOV")]
    [InlineData("Joe Biden", "2026-06-01", "USAELI")]
    [InlineData("Ashraf Ghani", "2021-09-01", "AFGELI")]
    [InlineData("Amir Khan Muttaqi", "2021-10-01", "AFGGOV")]
    public void A_persons_code_follows_the_offices_they_held(string name, string day, string code) =>
        Assert.Equal(code, Actors.ByName(name)!.CodeOn(DateOnly.Parse(day)));

    [Theory]
    [InlineData("president", "USA", "2021-06-01", "Joe Biden")]
    [InlineData("president", "USA", "2018-06-01", "Donald Trump")]
    [InlineData("secretary of state", "USA", "2022-01-10", "Antony Blinken")]
    [InlineData("foreign minister", "RUS", "2021-06-01", "Sergey Lavrov")]
    [InlineData("secretary general", "IGOWSTNAT", "2021-06-01", "Jens Stoltenberg")]
    [InlineData("prime minister", "AFG", "2022-01-10", "Mohammad Hasan Akhund")]
    public void An_office_has_one_holder_on_a_day(string office, string qualifier, string day, string holder) =>
        Assert.Equal(holder, Actors.OfficeHolder(office, qualifier, DateOnly.Parse(day))?.Name);

    [Fact]
    public void An_office_nobody_held_that_day_has_no_holder() =>
        Assert.Null(Actors.OfficeHolder("prime minister", "AFG", new DateOnly(2021, 6, 1)));

    [Fact]
    public void Overlay_aliases_name_the_actor()
    {
        var mentions = SharedPipeline.Analyze(Layers.Mentions, "The Taliban movement said its envoys had left for Doha. Taleban envoys arrived.", "2021-07-01").Mentions;
        Assert.Equal(["Taliban|actor:taliban", "Taleban|actor:taliban"], mentions.Where(m => m.PlaceId is null).Select(m => $"{m.Text}|{m.Key}"));
    }

    [Fact]
    public void An_open_converted_role_ends_where_the_reviewed_overlay_takes_over()
    {
        var converted = new[] { ActorRole.Parse("USAELI:1960-01-01:2000-01-01"), ActorRole.Parse("USAGOV:2009-01-20:"), ActorRole.Parse("USAELI::") };
        var overlay = new[] { ActorRole.Parse("USAGOV:2009-01-20:2017-01-20:vice president"), ActorRole.Parse("USAELI:2017-01-21:2021-01-19") };
        var merged = ActorRole.Merge(overlay, converted);
        // The open USAGOV from 2009 ends when the overlay's next role begins, and then repeats the vice presidency.
        Assert.Equal(["USAGOV:2009-01-20:2017-01-20:vice president", "USAELI:2017-01-21:2021-01-19", "USAELI:1960-01-01:2000-01-01", "USAELI::"],
            merged.Select(r => r.ToString()));
    }

    [Fact]
    public void No_shipped_person_holds_two_dated_codes_from_the_same_day_to_no_end()
    {
        foreach (var actor in Actors.All.Where(a => a.Kind == ActorKind.Person && a.Roles.Any(r => r.Office is not null)))
        {
            var open = actor.Roles.Where(r => r.From is not null && r.Until is null).ToList();
            Assert.True(open.Count <= 1, $"{actor.Name}: {string.Join(", ", open)}");
        }
    }

    [Fact]
    public void An_organisation_is_named_without_a_leading_The_and_listed_once()
    {
        var eu = Actors.ByName("European Union")!;
        Assert.Equal(("European Union", "IGOEUREEC"), (eu.Name, eu.CodeOn(null)));
        Assert.Contains("The European Union", eu.Aliases);
        var twice = Actors.All.Where(a => a.Kind == ActorKind.Organization)
            .GroupBy(a => (a.Name.ToUpperInvariant(), string.Join(';', a.Roles))).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(twice);
    }

    [Fact]
    public void A_role_keeps_its_office_through_text()
    {
        var role = ActorRole.Parse("USAGOV:2021-01-20:2025-01-20:secretary of defense/defense secretary");
        Assert.Equal(["secretary of defense", "defense secretary"], role.OfficeNames);
        Assert.Equal(role, ActorRole.Parse(role.ToString()));
        Assert.Null(ActorRole.Parse("AFGINS::2021-08-14").Office);
    }

    [Fact]
    public void Roles_load_as_ActorRole_Parse_reads_them()
    {
        var path = Sitrep.News.Resources.ResourceFiles.Find(ActorBaseBuilder.FileName);
        var loaded = ActorBase.Load(path, null);
        int roles = 0;
        foreach (var c in Sitrep.News.Resources.ResourceFiles.ReadTsv(path))
        {
            var expected = c[3].Length == 0 ? [] : c[3].Split(';').Select(ActorRole.Parse).ToList();
            Assert.Equal(expected, loaded.ById(c[0])!.Roles);
            roles += expected.Count;
        }
        Assert.True(roles > 30_000);
    }
}
