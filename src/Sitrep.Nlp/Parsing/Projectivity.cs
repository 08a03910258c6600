namespace Sitrep.Nlp.Parsing;

/// <summary>Whether a tree can be built by a projective transition system such as arc-eager.</summary>
public static class Projectivity
{
    /// <summary>
    /// True when no two arcs cross, counting the root arc with the root at the end of the sentence
    /// (as <see cref="ArcEagerState"/> places it). Heads are CoNLL-U heads: word i at index i - 1, 0 = root.
    /// </summary>
    public static bool IsProjective(IReadOnlyList<int> heads)
    {
        int n = heads.Count;
        for (int i = 0; i < n; i++)
        {
            int a = i + 1, ha = heads[i] == 0 ? n + 1 : heads[i];
            if (heads[i] < 0) return false;
            int lo = Math.Min(a, ha), hi = Math.Max(a, ha);
            for (int j = 0; j < n; j++)
            {
                int b = j + 1, hb = heads[j] == 0 ? n + 1 : heads[j];
                int lo2 = Math.Min(b, hb), hi2 = Math.Max(b, hb);
                // Two arcs cross when exactly one end of the second lies strictly inside the first.
                if (lo < lo2 && lo2 < hi && hi < hi2) return false;
            }
        }
        return true;
    }
}
