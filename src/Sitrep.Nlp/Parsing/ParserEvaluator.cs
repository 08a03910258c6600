using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Parsing;

/// <summary>Parses gold CoNLL-U sentences from their gold words and scores the heads and relations.</summary>
public static class ParserEvaluator
{
    /// <summary>
    /// Scores <paramref name="parser"/> on <paramref name="gold"/>. Tags are the gold UPOS and XPOS,
    /// unless <paramref name="tagger"/> is given: it then supplies (UPOS, XPOS) for the words.
    /// </summary>
    public static AttachmentScores Evaluate(DependencyParser parser, IEnumerable<ConlluSentence> gold,
        Func<IReadOnlyList<string>, (IReadOnlyList<string> Upos, IReadOnlyList<string> Xpos)>? tagger = null)
    {
        int words = 0, heads = 0, labelled = 0, exact = 0, sentences = 0;
        foreach (var s in gold)
        {
            var forms = s.Tokens.Select(t => t.Form).ToArray();
            IReadOnlyList<string> upos, xpos;
            if (tagger is null) { upos = s.Tokens.Select(t => t.Upos).ToArray(); xpos = s.Tokens.Select(t => t.Xpos).ToArray(); }
            else (upos, xpos) = tagger(forms);
            var tree = parser.Parse(forms, upos, xpos);
            sentences++;
            for (int i = 0; i < forms.Length; i++)
            {
                var t = s.Tokens[i];
                words++;
                if (tree.Heads[i] != t.Head) continue;
                heads++;
                if (Universal(tree.Labels[i]) == Universal(t.Deprel)) labelled++;
                if (tree.Labels[i] == t.Deprel) exact++;
            }
        }
        return new AttachmentScores(words, heads, labelled, exact, sentences);
    }

    /// <summary>Scores <paramref name="parser"/> on <paramref name="gold"/> with the tags <paramref name="tagger"/> predicts for the gold words.</summary>
    public static AttachmentScores Evaluate(DependencyParser parser, IEnumerable<ConlluSentence> gold, PosTagger tagger) =>
        Evaluate(parser, gold, forms =>
        {
            var tags = tagger.Tag(forms);
            var upos = new string[tags.Count];
            var xpos = new string[tags.Count];
            for (int i = 0; i < tags.Count; i++) { upos[i] = tags.Upos(i); xpos[i] = tags.Xpos(i); }
            return (upos, xpos);
        });

    /// <summary>The universal part of a relation: "nsubj:pass" → "nsubj".</summary>
    public static string Universal(string relation)
    {
        int colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation[..colon];
    }
}
