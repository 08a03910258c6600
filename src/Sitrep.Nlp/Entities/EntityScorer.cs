namespace Sitrep.Nlp.Entities;

/// <summary>
/// Entity-level precision, recall and F1 as conlleval computes them for CoNLL-2003: a predicted
/// entity counts only when its start, end and type all equal a gold entity's. Spans are compared
/// per sentence; totals are summed over everything added, overall and per type.
/// </summary>
public sealed class EntityScorer
{
    private readonly Dictionary<string, (int Gold, int Predicted, int Correct)> _byType = new(StringComparer.Ordinal);

    public int Gold => _byType.Values.Sum(v => v.Gold);

    public int Predicted => _byType.Values.Sum(v => v.Predicted);

    public int Correct => _byType.Values.Sum(v => v.Correct);

    public IEnumerable<string> Types => _byType.Keys.OrderBy(t => t, StringComparer.Ordinal);

    public void Add(IEnumerable<(int Start, int End, string Type)> gold, IEnumerable<(int Start, int End, string Type)> predicted)
    {
        var goldSet = gold.ToHashSet();
        foreach (var g in goldSet) Bump(g.Type, 1, 0, 0);
        foreach (var p in predicted.Distinct()) Bump(p.Type, 0, 1, goldSet.Contains(p) ? 1 : 0);
    }

    public void Add(IEnumerable<(int Start, int End, string Type)> gold, IEnumerable<EntitySpan> predicted) =>
        Add(gold, predicted.Select(p => (p.Start, p.End, p.Type)));

    private void Bump(string type, int gold, int predicted, int correct)
    {
        _byType.TryGetValue(type, out var v);
        _byType[type] = (v.Gold + gold, v.Predicted + predicted, v.Correct + correct);
    }

    public double Precision(string? type = null) => Ratio(Count(type).Correct, Count(type).Predicted);

    public double Recall(string? type = null) => Ratio(Count(type).Correct, Count(type).Gold);

    public double F1(string? type = null)
    {
        double p = Precision(type), r = Recall(type);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private (int Gold, int Predicted, int Correct) Count(string? type) =>
        type is null ? (Gold, Predicted, Correct) : _byType.GetValueOrDefault(type);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
