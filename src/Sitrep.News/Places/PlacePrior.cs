using Sitrep.News.Documents;

namespace Sitrep.News.Places;

/// <summary>
/// The context-free part of choosing among a name's gazetteer entries: how likely each entry is as
/// the referent of the name alone (its prior: feature type, population, capital) and given the cue
/// word next to it ("province", "district", "city of").
/// </summary>
public static class PlacePrior
{
    public enum Cue { None, Province, District, Town }

    /// <summary>
    /// Countries and world regions first, then provinces, then towns by population (log scale: a town
    /// of 1 million outranks a province, a town of 30,000 does not); capitals and provincial seats get a
    /// little more, districts little (few news stories name a district by a bare name), units among themselves by the people in them.
    /// </summary>
    public static double Score(Place p, Cue cue)
    {
        double people = Math.Log10(Math.Max(p.Population, 1));
        // A unit's population is that of the GeoNames towns inside it: among Henry Counties, the most populous is the likelier.
        double score = p.IsCountry || p.IsRegion ? 6 : p.IsAdmin1 ? 3.5 + people / 20 : p.IsAdmin2 ? 0.5 + people / 8 : people / 1.5;
        if (p.FeatureClass == "P.PPLC") score += 2;
        else if (p.FeatureClass == "P.PPLA") score += 0.5;
        score += cue switch
        {
            Cue.Province when p.IsAdmin1 => 6,
            Cue.District when p.IsAdmin2 => 6,
            Cue.Town when p.FeatureClass.StartsWith("P.", StringComparison.Ordinal) => 6,
            _ => 0,
        };
        return score;
    }
}
