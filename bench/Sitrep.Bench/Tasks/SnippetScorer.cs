using System.Text.RegularExpressions;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// trafilatura's snippet metric, as ../shared/data/extract/README.md defines it: whitespace runs collapse to
/// one space in the output and in each snippet; a `with` snippet found in the output (as a substring) is a
/// TP, one missing an FN; a `without` snippet found is an FP, one absent a TN. The counts add up over the
/// corpus (micro-average); an empty output therefore finds nothing: all its `with` snippets are FNs.
/// </summary>
public sealed partial class SnippetScorer
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int TrueNegatives { get; private set; }

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Ratio(2 * TruePositives, 2 * TruePositives + FalsePositives + FalseNegatives);
    public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + FalsePositives + FalseNegatives + TrueNegatives);

    /// <summary>Scores one page's output; returns how many of its `with` snippets were missed and `without` snippets found.</summary>
    public (int Missed, int Unwanted) Add(string output, IEnumerable<string> with, IEnumerable<string> without)
    {
        var (missed, unwanted) = AddWithMisses(output, with, without);
        return (missed.Count, unwanted.Count);
    }

    /// <summary>Scores one page's output; returns the `with` snippets it missed and the `without` snippets it let in.</summary>
    public (List<string> Missed, List<string> Unwanted) AddWithMisses(string output, IEnumerable<string> with, IEnumerable<string> without)
    {
        var text = Collapse(output);
        var missed = new List<string>();
        var unwanted = new List<string>();
        foreach (var snippet in with)
        {
            if (text.Contains(Collapse(snippet), StringComparison.Ordinal)) TruePositives++;
            else
            {
                FalseNegatives++;
                missed.Add(snippet);
            }
        }
        foreach (var snippet in without)
        {
            if (text.Contains(Collapse(snippet), StringComparison.Ordinal))
            {
                FalsePositives++;
                unwanted.Add(snippet);
            }
            else TrueNegatives++;
        }
        return (missed, unwanted);
    }

    /// <summary>Whitespace runs as one space, ends trimmed.</summary>
    public static string Collapse(string? s) => string.IsNullOrEmpty(s) ? "" : Whitespace().Replace(s, " ").Trim();

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
