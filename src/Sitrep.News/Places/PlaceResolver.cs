namespace Sitrep.News.Places;

/// <summary>
/// Chooses one gazetteer entry for a place name with several candidates. Scores: feature type
/// (countries, then provinces, then towns by population), a cue word next to the name ("province",
/// "district", "city of"), and the article's focus: countries and provinces it names elsewhere.
/// </summary>
public static class PlaceResolver
{
    public enum Cue { None, Province, District, Town }

    public static Place Resolve(IReadOnlyList<Place> candidates, Cue cue, IReadOnlySet<string> focusCountries, IReadOnlySet<string> focusAdmin1)
    {
        Place best = candidates[0];
        double bestScore = double.MinValue;
        foreach (var p in candidates)
        {
            double score = p.IsCountry || p.IsRegion ? 6 : p.IsAdmin1 ? 3.5 : p.IsAdmin2 ? 0.5 : Math.Log10(Math.Max(p.Population, 1)) / 1.5;
            if (p.FeatureClass == "P.PPLC") score += 1;
            score += cue switch
            {
                Cue.Province when p.IsAdmin1 => 6,
                Cue.District when p.IsAdmin2 => 6,
                Cue.Town when p.FeatureClass.StartsWith("P.", StringComparison.Ordinal) => 6,
                _ => 0,
            };
            if (focusCountries.Contains(p.Country)) score += 3;
            if (p.Admin1 is not null && focusAdmin1.Contains(p.Admin1) && !p.IsAdmin1) score += 2;
            if (score > bestScore) { bestScore = score; best = p; }
        }
        return best;
    }
}
