using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Sitrep.Reports.Exports;
using Xunit;

namespace Sitrep.Reports.Tests.Exports;

/// <summary>
/// Each export read back with a real parser: GDELT split on tabs (61 fields a row, whatever the text holds), the CSVs
/// with CsvHelper, the GeoJSON with System.Text.Json. One row per happening, never per report; negated events never.
/// </summary>
public sealed class EventExportTests
{
    private static readonly Corpus.Situations.Situation Situation = ExportSample.Build();

    private static List<string[]> GdeltRows(string text)
    {
        Assert.EndsWith("\n", text);
        return text[..^1].Split('\n').Select(l => l.Split('\t')).ToList();
    }

    private static List<Dictionary<string, string>> CsvRows(string text, string[] columns)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        };
        using var reader = CsvReader.Create(new StringReader(text), options, leaveOpen: false);
        Assert.Equal(columns, reader.Headers);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            Assert.Equal(columns.Length, reader.FieldCount);
            rows.Add(columns.Select((c, i) => (c, v: reader.GetString(i))).ToDictionary(x => x.c, x => x.v));
        }
        return rows;
    }

    private static string[] Row(List<string[]> rows, string eventCode) => Assert.Single(rows, r => r[26] == eventCode);

    [Fact]
    public void Gdelt_has_61_columns_in_every_row_and_one_row_per_happening()
    {
        var result = GdeltExport.Render(Situation, ExportSample.Options());

        var rows = GdeltRows(result.Text);
        Assert.Equal(61, GdeltExport.Columns.Length);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        // Shelling (two reports, one row), condemnation, planned withdrawal, arrests, march; the denial is no happening.
        Assert.Equal(5, rows.Count);
        Assert.Equal(5, result.Rows);
        Assert.DoesNotContain(rows, r => r[26] == "190");
        var shelling = Row(rows, "194");
        Assert.Equal(["2", "2", "2"], shelling[31..34]);
        Assert.Equal("", shelling[34]); // AvgTone: we measure no tone
    }

    [Fact]
    public void Gdelt_maps_dates_actors_codes_and_the_action_place()
    {
        var rows = GdeltRows(GdeltExport.Render(Situation, ExportSample.Options()).Text);

        var shelling = Row(rows, "194");
        Assert.Equal(["20240503", "202405", "2024", "2024.3361"], shelling[1..5]);
        Assert.Equal("DEUREB", shelling[5]);
        Assert.Equal("DEU", shelling[7]);
        Assert.Equal("REB", shelling[12]);
        Assert.Equal("DEU", shelling[15]);
        Assert.Equal("Marrowdorf", shelling[16]);
        Assert.Equal(["194", "194", "19", "4", "-10"], shelling[26..31]);
        Assert.Equal("1", shelling[25]); // in the Courier's first paragraph
        // ActionGeo: a world city, FIPS country (DE is GM), FIPS country + GeoNames admin1, the GeoNames id.
        Assert.Equal(["4", "Marrowdorf, Sundland, Germany", "GM", "GM17", "", "50.123456", "9.25", "900101"], shelling[51..59]);
        Assert.Equal("0", shelling[35]); // actors' own locations are not coded
        Assert.Equal("20240701123045", shelling[59]);
        Assert.Equal("https://wire.example/a1", shelling[60]); // the earliest report

        var arrests = Row(rows, "173");
        Assert.Equal(["", "202406", "2024", ""], arrests[1..5]); // a month: no made-up day
        Assert.Equal(["3", "Lakeshore, Ohio, United States", "US", "USOH"], arrests[51..55]);
        Assert.Equal("COP", arrests[12]);
        Assert.Equal("OPP", arrests[22]);

        var march = Row(rows, "141");
        Assert.Equal(["", "", "2024", ""], march[1..5]); // a year: Year only
        Assert.Equal("0", march[51]);
        Assert.Equal("local/lakeshore.txt", march[60]);
    }

    [Fact]
    public void Gdelt_text_fields_lose_tabs_and_line_breaks_not_columns()
    {
        // The only report of this happening has a tab and a line break in the actor's words.
        var text = ExportSample.CourierText.Replace("did not attack", "attacked", StringComparison.Ordinal);
        var article = Articles.Article.Create("Guard units attack depot", text, new Articles.PartialDate(2024, 5, 4), path: "odd\tname.txt");
        var analysis = ExportSample.CourierAnalysis with
        {
            Article = article,
            Events =
            [
                ExportSample.Event(text, "The Harbour\tGuard\nunits attacked the depot.", "attacked", "190", "Use conventional military force", 4, -10, "ASSAULT",
                    new News.Documents.EventActor(text.IndexOf("Harbour", StringComparison.Ordinal), text.IndexOf("units", StringComparison.Ordinal) + 5, "Harbour\tGuard\nunits", null, null, "DEUMIL"),
                    null, new Articles.PartialDate(2024, 5, 4), News.Documents.EventDateSource.Article, null, News.Documents.EventModality.Asserted),
            ],
        };
        var s = ExportSample.Build([analysis]);

        var result = GdeltExport.Render(s, ExportSample.Options(header: true));

        var rows = GdeltRows(result.Text);
        Assert.Equal(GdeltExport.Columns, rows[0]);
        var row = Assert.Single(rows.Skip(1));
        Assert.Equal(61, row.Length);
        Assert.Equal("Harbour Guard units", row[6]);
        Assert.Equal("odd name.txt", row[60]);
        Assert.Equal("Harbour Guard  units", GdeltExport.Clean("Harbour\tGuard\r\nunits"));
        Assert.Equal("a b c d", GdeltExport.Clean("a\u2028b\u0085c\u000bd"));
    }

    [Fact]
    public void Acled_rows_are_the_happenings_acled_records_with_types_fatalities_and_exact_text()
    {
        var result = AcledExport.Render(Situation, ExportSample.Options());

        var rows = CsvRows(result.Text, AcledExport.Columns);
        // Shelling, arrests, march; the condemnation has no ACLED type, the withdrawal is only planned, the denial is none.
        Assert.Equal(3, rows.Count);
        Assert.Contains(result.Notes, n => n.StartsWith("1 event with no ACLED type", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.StartsWith("1 event planned", StringComparison.Ordinal));

        var shelling = Assert.Single(rows, r => r["cameo"] == "194");
        Assert.Equal("2024-05-03", shelling["event_date"]);
        Assert.Equal("1", shelling["date_precision"]);
        Assert.Equal("Explosions/Remote violence", shelling["event_type"]);
        Assert.Equal("Shelling/artillery/missile attack", shelling["sub_event_type"]);
        Assert.Equal("Germany", shelling["country"]);
        Assert.Equal("Sundland", shelling["admin1"]);
        Assert.Equal("Marrowdorf", shelling["location"]);
        Assert.Equal("50.123456", shelling["latitude"]);
        Assert.Equal("1", shelling["geo_precision"]);
        Assert.Equal("Wire Daily; Valley Courier", shelling["source"]);
        Assert.Equal("12", shelling["fatalities"]); // 14 and 12 reported: the lower
        Assert.Equal(ExportSample.WireSentence, shelling["notes"]); // tab and line break kept, quoted
        Assert.Equal(["2", "2"], [shelling["reports"], shelling["sources"]]);

        var arrests = Assert.Single(rows, r => r["cameo"] == "173");
        Assert.Equal(("Strategic developments", "Arrests"), (arrests["event_type"], arrests["sub_event_type"]));
        Assert.Equal("2024-06-01", arrests["event_date"]);
        Assert.Equal("2", arrests["date_precision"]);
        Assert.Equal("", arrests["fatalities"]); // 40 protesters were arrested, not killed

        var march = Assert.Single(rows, r => r["cameo"] == "141");
        Assert.Equal(("Protests", "Peaceful protest"), (march["event_type"], march["sub_event_type"]));
        Assert.Equal("3", march["date_precision"]);
        Assert.Equal("", march["location"]);
    }

    [Fact]
    public void Geojson_is_a_feature_collection_of_the_located_happenings()
    {
        var result = GeoJsonExport.Render(Situation, ExportSample.Options());

        using var doc = JsonDocument.Parse(result.Text);
        var root = doc.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count); // the shelling and the arrests; three have no place
        Assert.Contains("3 events without a place left out of the GeoJSON", result.Notes);
        var shelling = Assert.Single(features, f => f.GetProperty("properties").GetProperty("cameo").GetString() == "194");
        Assert.Equal("Point", shelling.GetProperty("geometry").GetProperty("type").GetString());
        var coordinates = shelling.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
        Assert.Equal([9.25, 50.123456], coordinates); // [longitude, latitude]
        var p = shelling.GetProperty("properties");
        Assert.Equal("2024-05-03", p.GetProperty("date").GetString());
        Assert.Equal("Marrowdorf", p.GetProperty("place").GetString());
        Assert.Equal(2, p.GetProperty("reports").GetInt32());
        Assert.Equal(2, p.GetProperty("sources").GetInt32());
        Assert.Equal(4, p.GetProperty("quadClass").GetInt32());
        Assert.Equal(-10, p.GetProperty("goldstein").GetDouble());
        Assert.Equal("ASSAULT", p.GetProperty("plover").GetString());
        Assert.Equal(ExportSample.WireSentence, p.GetProperty("sentence").GetString());
        Assert.Equal(shelling.GetProperty("id").GetInt64(), p.GetProperty("id").GetInt64());
    }

    [Fact]
    public void Csv_has_every_happening_with_its_reports_and_first_sentence()
    {
        var result = EventCsvExport.Render(Situation, ExportSample.Options());

        var rows = CsvRows(result.Text, EventCsvExport.Columns);
        Assert.Equal(5, rows.Count);
        Assert.DoesNotContain(rows, r => r["cameo"] == "190");
        var shelling = Assert.Single(rows, r => r["cameo"] == "194");
        Assert.Equal("2", shelling["reports"]);
        Assert.Equal("2", shelling["articles"]);
        Assert.Equal(ExportSample.WireSentence, shelling["first_sentence"]);
        Assert.Contains("\t", shelling["first_sentence"]);
        Assert.Equal("geonames:900101", shelling["place_id"]);
        var withdrawal = Assert.Single(rows, r => r["cameo"] == "0874");
        Assert.Equal("planned", withdrawal["modality"]);
        Assert.Equal("2024-05", withdrawal["date"]);
        Assert.Equal("2", withdrawal["date_precision"]);
        Assert.Equal("DEUREB", shelling["source_code"]);
    }

    [Fact]
    public void The_event_number_is_the_same_in_every_format_and_any_input_order()
    {
        var reversed = ExportSample.Build(ExportSample.Analyses.Reverse().ToList());
        var ids = CsvRows(EventCsvExport.Render(Situation, ExportSample.Options()).Text, EventCsvExport.Columns).Select(r => r["id"]).Order().ToList();
        var again = CsvRows(EventCsvExport.Render(reversed, ExportSample.Options()).Text, EventCsvExport.Columns).Select(r => r["id"]).Order().ToList();
        var gdelt = GdeltRows(GdeltExport.Render(Situation, ExportSample.Options()).Text).Select(r => r[0]).Order().ToList();

        Assert.Equal(ids, again);
        Assert.Equal(ids, gdelt);
        Assert.All(ids, id => Assert.InRange(long.Parse(id, CultureInfo.InvariantCulture), 0, (1L << 49) - 1));
    }

    [Fact]
    public void An_empty_situation_gives_a_header_or_nothing()
    {
        var empty = ExportSample.Build([ExportSample.CourierAnalysis with { Events = [] }]);

        Assert.Equal("", GdeltExport.Render(empty, ExportSample.Options()).Text);
        Assert.Empty(CsvRows(AcledExport.Render(empty, ExportSample.Options()).Text, AcledExport.Columns));
        using var doc = JsonDocument.Parse(GeoJsonExport.Render(empty, ExportSample.Options()).Text);
        Assert.Empty(doc.RootElement.GetProperty("features").EnumerateArray());
    }
}
