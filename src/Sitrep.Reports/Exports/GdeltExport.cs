using System.Globalization;
using System.Text;
using Sitrep.Corpus.Situations;
using Sitrep.News.Documents;

namespace Sitrep.Reports.Exports;

/// <summary>
/// The GDELT 2.0 Event table: the 61 columns in the codebook's order, tab-separated, one row per happening (not per
/// report: NumMentions, NumSources and NumArticles say how often it was reported), no header unless asked. What we do
/// not know is left empty; docs/exports.md maps every column. A tab, line break or other control character inside a
/// text field is written as a space, so no field can shift a column or split a row.
/// </summary>
public static class GdeltExport
{
    /// <summary>The GDELT 2.0 Event table's columns, in order (GDELT Event Codebook V2.0).</summary>
    public static readonly string[] Columns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
        "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
        "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    // GeoNames' admin1 codes are FIPS 10-4 except in these countries (ISO 3166-2, or an extra level for GB and GR).
    private static readonly HashSet<string> NonFipsAdmin1 = new(StringComparer.Ordinal) { "CH", "BE", "ME", "GB", "GR" };

    public static ExportResult Render(Situation s, ExportOptions options)
    {
        var events = ExportedEvent.From(s, options.Gazetteer);
        var added = (options.Now ?? DateTimeOffset.UtcNow).ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        if (options.Header) text.Append(string.Join('\t', Columns)).Append('\n');
        foreach (var e in events)
        {
            var row = Row(e, added);
            if (row.Count != Columns.Length) throw new InvalidOperationException($"GDELT row of {row.Count} fields, not {Columns.Length}");
            text.Append(string.Join('\t', row.Select(Clean))).Append('\n');
        }
        var notes = new List<string>();
        int planned = events.Count(e => e.Event.Modality is EventModality.Planned or EventModality.Promised or EventModality.Threatened or EventModality.Possible);
        if (planned > 0)
            notes.Add($"{EventExports.Count(planned, "event is", "events are")} planned, promised, threatened or possible, not stated as happened: GDELT has no column for that (the csv format's modality does)");
        return new ExportResult(text.ToString(), events.Count, notes);
    }

    private static List<string> Row(ExportedEvent e, string added)
    {
        var row = new List<string>(Columns.Length) { e.Id.ToString(CultureInfo.InvariantCulture) };
        // GDELT has no precision field, so only what the date knows is written: a month fills MonthYear and Year, a year
        // only Year; 1 January is never made up for "2021".
        if (e.Date is { } d)
        {
            var day = d.FirstDay;
            bool fullDay = d.Day is not null, month = d.Month is not null;
            double fraction = day.Year + (day.DayOfYear - 1) / (double)(DateTime.IsLeapYear(day.Year) ? 366 : 365);
            row.AddRange([fullDay ? day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "",
                month ? day.ToString("yyyyMM", CultureInfo.InvariantCulture) : "",
                day.Year.ToString(CultureInfo.InvariantCulture),
                fullDay ? fraction.ToString("0.0000", CultureInfo.InvariantCulture) : ""]);
        }
        else row.AddRange(["", "", "", ""]);
        Actor(row, e.Source);
        Actor(row, e.Target);
        var code = e.Event.Cameo;
        row.AddRange([e.InLead ? "1" : "0", code, code.Length >= 3 ? code[..3] : code, code[..2],
            e.Event.QuadClass.ToString(CultureInfo.InvariantCulture), EventExports.Number(e.Event.Goldstein),
            e.Reports.Count.ToString(CultureInfo.InvariantCulture), e.SourceCount.ToString(CultureInfo.InvariantCulture),
            e.ArticleCount.ToString(CultureInfo.InvariantCulture), ""]);
        // Where each actor is (Actor1Geo, Actor2Geo) is not coded: type 0, the rest empty, as GDELT writes an unknown location.
        row.AddRange(["0", "", "", "", "", "", "", ""]);
        row.AddRange(["0", "", "", "", "", "", "", ""]);
        Geo(row, e);
        row.Add(added);
        row.Add(e.FirstLocator);
        return row;
    }

    private static void Actor(List<string> row, ExportedActor? a)
    {
        var p = a?.Parts;
        row.AddRange([p?.Code ?? "", a?.Name ?? "", p?.Country ?? "", p?.KnownGroup ?? "", "", p?.Religion1 ?? "", p?.Religion2 ?? "",
            p?.Type(0) ?? "", p?.Type(1) ?? "", p?.Type(2) ?? ""]);
    }

    private static void Geo(List<string> row, ExportedEvent e)
    {
        if (e.Place is not { } place)
        {
            row.AddRange(["0", "", "", "", "", "", "", ""]);
            return;
        }
        bool us = place.Country == "US";
        int type = place.IsCountry ? 1 : place.IsAdmin1 ? (us ? 2 : 5) : (us ? 3 : 4);
        var fips = FipsCountryCodes.Of(place.Country) ?? "";
        var adm1 = place.IsCountry ? fips
            : fips.Length > 0 && place.Admin1 is { } a1 && a1.Contains('.') && !NonFipsAdmin1.Contains(place.Country) ? fips + a1[(a1.IndexOf('.') + 1)..]
            : fips;
        var names = new List<string> { place.Name };
        if (!place.IsAdmin1 && !place.IsCountry && e.Province is { } province && province.Name != place.Name) names.Add(province.Name);
        if (!place.IsCountry && e.Country is { } country) names.Add(country.Name);
        var feature = place.IsCountry ? fips : place.IsAdmin1 ? adm1
            : place.Id.StartsWith("geonames:", StringComparison.Ordinal) ? place.Id["geonames:".Length..] : "";
        row.AddRange([type.ToString(CultureInfo.InvariantCulture), string.Join(", ", names), fips, adm1, "",
            EventExports.Coordinate(place.Lat), EventExports.Coordinate(place.Lon), feature]);
    }

    /// <summary>A field as written: tabs, line breaks and every other control or line-separator character become a space.</summary>
    public static string Clean(string field)
    {
        if (!field.Any(NeedsReplacing)) return field;
        var chars = field.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
            if (NeedsReplacing(chars[i])) chars[i] = ' ';
        return new string(chars);
    }

    private static bool NeedsReplacing(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
