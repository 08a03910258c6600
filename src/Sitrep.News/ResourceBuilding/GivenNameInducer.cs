using Sitrep.News.Actors;
using Sitrep.Nlp.Lexicon;
using Sitrep.News.Mentions;

namespace Sitrep.News.ResourceBuilding;

/// <summary>
/// Induces a list of given names: the first word of every multi-word person name in CoNLL-2003
/// train (PER chunks), in the actor base, and the MIT first-name list; minus common English words
/// and titles, so that "Foreign Minister X" does not make "Foreign" a name.
/// </summary>
public static class GivenNameInducer
{
    public static IReadOnlyList<string> Induce(string conllTrain, IEnumerable<Actor> persons, string firstNameList, CommonWords common, ISet<string> demonyms)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var chunk = new List<string>();
        void Flush()
        {
            if (chunk.Count >= 2) names.Add(chunk[0]);
            chunk.Clear();
        }
        foreach (var line in File.ReadLines(conllTrain))
        {
            var cols = line.Split(' ');
            if (cols.Length < 4) { Flush(); continue; }
            var tag = cols[^1];
            if (tag.EndsWith("PER", StringComparison.Ordinal))
            {
                if (tag.StartsWith("B-", StringComparison.Ordinal)) Flush();
                chunk.Add(cols[0]);
            }
            else Flush();
        }
        Flush();
        foreach (var p in persons)
        {
            var words = p.Name.Split(' ');
            if (words.Length >= 2) names.Add(words[0]);
        }
        foreach (var n in File.ReadLines(firstNameList)) names.Add(n.Trim());
        return names.Where(n => n.Length >= 2 && char.IsUpper(n[0]) && n.All(c => char.IsLetter(c) || c is '-' or '\'')
                                && !common.IsCommon(n) && !NameWords.IsTitle(n) && !demonyms.Contains(n))
            .Select(n => n.Length > 1 && n.Skip(1).All(char.IsUpper) ? NameCase.Display(n) : n)
            .Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }
}
