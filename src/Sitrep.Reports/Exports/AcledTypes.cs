namespace Sitrep.Reports.Exports;

/// <summary>
/// ACLED's event type and sub-event type for a CAMEO code (docs/exports.md has the table). ACLED records political
/// violence, demonstrations and a few non-violent strategic developments; statements, appeals, consultations,
/// cooperation, aid, verbal conflict and diplomatic sanctions have no ACLED type and get none (null), so that they stay
/// out of an ACLED export instead of filling "Strategic developments/Other" with talk.
/// </summary>
public static class AcledTypes
{
    public const string Battles = "Battles";
    public const string Explosions = "Explosions/Remote violence";
    public const string Violence = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string Strategic = "Strategic developments";

    /// <summary>The ACLED (event type, sub-event type) of an event, or null when ACLED has none for it.</summary>
    /// <param name="cameo">The CAMEO code ("190", "1831").</param>
    /// <param name="target">The target's code, to tell an attack on armed forces (a battle) from one on civilians.</param>
    public static (string Type, string SubType)? Of(string cameo, CameoActorCode? target)
    {
        bool armedTarget = target?.IsArmed == true;
        bool unarmedTarget = target?.IsUnarmed == true;
        switch (cameo)
        {
            // Fighting: conventional force, small arms, ceasefire violations. Against civilians it is an attack on them.
            case "19" or "190" or "193" or "196":
                return unarmedTarget ? (Violence, "Attack") : (Battles, "Armed clash");
            case "194": return (Explosions, "Shelling/artillery/missile attack");
            case "195": return (Explosions, "Air/drone strike");
            case "192": return (Strategic, "Non-violent transfer of territory");
            case "191": return (Strategic, "Other");
            // Unconventional violence: on armed forces a clash, otherwise (civilians, officials, unknown) an attack on civilians.
            case "18" or "180" or "182" or "1823" or "185" or "186":
                return armedTarget ? (Battles, "Armed clash") : (Violence, "Attack");
            case "181": return (Violence, "Abduction/forced disappearance");
            case "1821": return (Violence, "Sexual violence");
            case "1822" or "184" or "175": return (Violence, "Attack");
            case "183" or "1831": return (Explosions, "Suicide bomb");
            case "1832" or "1833": return (Explosions, "Remote explosive/landmine/IED");
            case "20" or "200" or "202" or "203": return (Violence, "Attack");
            case "204" or "2041": return (Explosions, "Chemical weapon");
            case "201" or "2042": return (Strategic, "Other");
            // Seizing and destroying property, arrests, deportations, administrative sanctions.
            case "171" or "1711" or "1712": return (Strategic, "Looting/property destruction");
            case "173": return (Strategic, "Arrests");
            case "172" or "1721" or "1722" or "1723" or "1724" or "174": return (Strategic, "Other");
            // Agreements and ceasefires; de-escalation, releases and force posture are other strategic developments.
            case "057" or "0871": return (Strategic, "Agreement");
            case "087" or "0872" or "0873" or "0874" or "0841": return (Strategic, "Other");
        }
        if (cameo.StartsWith("145", StringComparison.Ordinal)) return (Riots, "Violent demonstration");
        if (cameo.StartsWith("14", StringComparison.Ordinal)) return (Protests, "Peaceful protest");
        if (cameo.StartsWith("15", StringComparison.Ordinal)) return (Strategic, "Other");
        return null;
    }
}
