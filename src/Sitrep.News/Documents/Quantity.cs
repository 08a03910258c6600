namespace Sitrep.News.Documents;

/// <summary>
/// A number with what it counts: "more than $ 2 trillion" → Value 2e12, Unit "USD", Qualifier "more than";
/// "85% of the territory" → 85, "percent"; "about 8,000 Afghan citizens" → 8000, "Afghan citizens", "about".
/// </summary>
public sealed record Quantity(int Start, int End, string Text, double Value, string? Unit, string? Qualifier);
