namespace Sitrep.Nlp.Corpora;

/// <summary>
/// TempEval-3 counts for a set of TIMEX3s: gold and system totals, and the matches that are strict
/// (same extent), relaxed (overlapping, one to one), of the right type and of the right value. Every
/// measure is a precision (÷ system), recall (÷ gold) or F1 over one of those numerators, so the
/// TE3 "attribute F1" of type and value counts only the relaxed matches whose attribute is right.
/// </summary>
public readonly record struct TimexCounts(int Gold, int System, int Strict, int Relaxed, int TypeCorrect, int ValueCorrect)
{
    public double Precision(int correct) => System == 0 ? 0 : (double)correct / System;

    public double Recall(int correct) => Gold == 0 ? 0 : (double)correct / Gold;

    public double F1(int correct)
    {
        double p = Precision(correct), r = Recall(correct);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double StrictF1 => F1(Strict);

    public double RelaxedF1 => F1(Relaxed);

    public double TypeF1 => F1(TypeCorrect);

    public double ValueF1 => F1(ValueCorrect);

    /// <summary>The share of relaxed matches with the right type (TE3 "type accuracy").</summary>
    public double TypeAccuracy => Relaxed == 0 ? 0 : (double)TypeCorrect / Relaxed;

    /// <summary>The share of relaxed matches with the right value (TE3 "value accuracy").</summary>
    public double ValueAccuracy => Relaxed == 0 ? 0 : (double)ValueCorrect / Relaxed;
}
