namespace Sitrep.News.Documents;

/// <summary>
/// A gazetteer entry. Id is "geonames:N" ("region:name" for Sitrep's continents, regions and seas); FeatureClass is GeoNames class.code ("A.PCLI" country,
/// "A.ADM1" province, "A.ADM2" district, "P.PPLC" capital, "P.PPL" town); Country is ISO 3166-1
/// alpha-2, Country3 alpha-3 (also the CAMEO country code); CoordinateSource says how lat/lon were
/// obtained when GeoNames gives none for the entry (derived from the places inside it).
/// </summary>
public sealed record Place(
    string Id, string Name, string FeatureClass, string Country, string Country3, string? Admin1,
    double Lat, double Lon, long Population, string? CoordinateSource)
{
    public bool IsCountry => FeatureClass.StartsWith("A.PCL", StringComparison.Ordinal);
    /// <summary>A continent, world region or sea ("L.CONT", "L.RGN", "H.OCN", "H.SEA"): no country.</summary>
    public bool IsRegion => FeatureClass.StartsWith("L.", StringComparison.Ordinal) || FeatureClass.StartsWith("H.", StringComparison.Ordinal);
    public bool IsAdmin1 => FeatureClass == "A.ADM1";
    public bool IsAdmin2 => FeatureClass == "A.ADM2";
}
