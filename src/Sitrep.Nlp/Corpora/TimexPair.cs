namespace Sitrep.Nlp.Corpora;

/// <summary>
/// One line of a TempEval-3 alignment: a gold TIMEX3 and the system TIMEX3 matched to it (relaxed,
/// one to one), a gold one the system missed (<see cref="System"/> null), or a system one with no
/// gold counterpart (<see cref="Gold"/> null).
/// </summary>
public sealed record TimexPair(string DocumentId, TimeMlTimex? Gold, TimeMlTimex? System)
{
    /// <summary>Both sides are present: their extents overlap (relaxed match).</summary>
    public bool IsMatch => Gold is not null && System is not null;

    /// <summary>A match with exactly the same extent (strict match).</summary>
    public bool IsStrict => IsMatch && Gold!.Start == System!.Start && Gold.End == System.End;

    public bool TypeCorrect => IsMatch && Gold!.Type == System!.Type;

    /// <summary>A match whose values are the same string (TIMEX3 values are compared as written).</summary>
    public bool ValueCorrect => IsMatch && Gold!.Value == System!.Value;
}
