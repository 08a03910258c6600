using Sitrep.News.Places;

namespace Sitrep.Reports.Exports;

/// <summary>
/// A CAMEO actor code taken apart into GDELT's actor fields. A code is a run of three-letter parts: a country
/// ("USA", "AFG", also CAMEO's regions "MEA", "WAF") or an international type ("IGO", "NGO", "MNC") first, then roles
/// ("GOV", "MIL", "REB"), religions ("MOS", "CHR") and known groups ("UNO", "TAL"): "AFGGOVMIL" is country AFG, types
/// GOV and MIL; "IGOUNO" is no country, type IGO, known group UNO; "---MIL" is no country, type MIL.
/// </summary>
public sealed record CameoActorCode(string Code, string? Country, string? KnownGroup, string? Religion1, string? Religion2, IReadOnlyList<string> Types)
{
    // CAMEO actor types (CAMEO manual ch. 3, domestic and international) and the sector codes of the PLOVER agent list.
    private static readonly HashSet<string> TypeCodes = new(StringComparer.Ordinal)
    {
        "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU",
        "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "REL", "IGO", "IMG", "NGO", "NGM", "MNC", "UIS",
        "SET", "JRN", "PRE", "PRM", "SOC", "PPL", "NON", "UNK", "JNK",
    };

    // CAMEO religion codes.
    private static readonly HashSet<string> ReligionCodes = new(StringComparer.Ordinal)
    {
        "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD", "ITR", "JAN", "JEW", "JHW",
        "LDS", "MOS", "MRN", "NRM", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "UDQ", "ZRO",
    };

    // CAMEO's regions and the former or disputed states it codes that ISO 3166-1 alpha-3 lacks: countries to GDELT.
    private static readonly HashSet<string> RegionCodes = new(StringComparer.Ordinal)
    {
        "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR",
        "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST", "WEU", "KSV", "TMP", "ROM", "DDR", "SUN", "CSK", "SCG", "YUG", "ZAR",
    };

    /// <summary>Parses a code; null for none. <paramref name="places"/> says which three letters name a country (ISO alpha-3, CAMEO's own).</summary>
    public static CameoActorCode? Parse(string? code, Gazetteer places)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        code = code.Trim().ToUpperInvariant();
        var parts = new List<string>();
        for (int i = 0; i + 3 <= code.Length; i += 3) parts.Add(code.Substring(i, 3));
        if (parts.Count == 0) return new CameoActorCode(code, null, null, null, null, []);
        string? country = null;
        int first = 0;
        if (parts[0] == "---") first = 1;
        else if (IsCountry(parts[0], places))
        {
            country = parts[0];
            first = 1;
        }
        string? group = null;
        var religions = new List<string>();
        var types = new List<string>();
        foreach (var p in parts.Skip(first))
        {
            if (TypeCodes.Contains(p)) types.Add(p);
            else if (ReligionCodes.Contains(p)) religions.Add(p);
            // A region or country after the first part qualifies an organisation ("IGOEUREEC": a European IGO): no field holds it.
            else if (IsCountry(p, places) || !p.All(char.IsAsciiLetterUpper)) continue;
            else group ??= p;
        }
        return new CameoActorCode(code, country, group, religions.ElementAtOrDefault(0), religions.ElementAtOrDefault(1), types);
    }

    private static bool IsCountry(string part, Gazetteer places) =>
        RegionCodes.Contains(part) || places.CountryByCode3(part) is not null;

    /// <summary>Whether the actor is armed: a military, police, rebel, insurgent, militia or intelligence role.</summary>
    public bool IsArmed => Types.Any(t => t is "MIL" or "COP" or "REB" or "INS" or "UAF" or "IMG" or "SPY" or "SEP");

    /// <summary>Whether the actor is unarmed: it has roles and none of them is armed (civilians, officials, journalists …).</summary>
    public bool IsUnarmed => Types.Count > 0 && !IsArmed;

    public string? Type(int i) => Types.ElementAtOrDefault(i);
}
