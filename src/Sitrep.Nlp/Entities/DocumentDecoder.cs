using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Entities;

/// <summary>
/// Greedy left-to-right BILOU decoding of one document, in two passes (Ratinov &amp; Roth 2009 §4.3):
/// the first pass sees the document's history so far; the second also sees what the first pass
/// said about every mention of each word in the document. Training runs the same passes and updates
/// the perceptron at every word (the caller passes the gold tags), so training and prediction see
/// the same features. One decoder per document and thread.
/// </summary>
internal sealed class DocumentDecoder
{
    private readonly PreparedDocument _doc;
    private readonly ulong[] _features = new ulong[EntityFeatures.Capacity];
    private readonly float[] _scores = new float[EntityLabels.Count];
    private readonly bool[] _allowed = new bool[EntityLabels.Count];
    private readonly PredictionHistory _history = new();
    private readonly Random? _dropout;
    private readonly double _dropoutRate;
    private PredictionHistory? _firstPass;
    private int[]? _firstPassTypes;

    /// <param name="doc">The prepared document.</param>
    /// <param name="dropout">Training only: draws which capitalized words hide their identity features.</param>
    /// <param name="dropoutRate">Training only: the share of capitalized words hidden.</param>
    public DocumentDecoder(PreparedDocument doc, Random? dropout = null, double dropoutRate = 0)
    {
        _doc = doc;
        _dropout = dropout;
        _dropoutRate = dropoutRate;
    }

    /// <summary>
    /// One pass over the document, writing <paramref name="tags"/>; the first call is the first pass,
    /// later calls are second passes over the tags of the call before. With <paramref name="gold"/>,
    /// updates <paramref name="model"/> at each word; returns the number of wrong words.
    /// </summary>
    public int Run(AveragedPerceptron model, int[][] tags, int[][]? gold)
    {
        int errors = 0;
        _history.Clear();
        for (int s = 0; s < tags.Length; s++)
        {
            var row = tags[s];
            for (int i = 0; i < row.Length; i++)
            {
                int tag1 = i > 0 ? row[i - 1] : -1, tag2 = i > 1 ? row[i - 2] : -1;
                bool hide = gold is not null && _dropout is not null && _doc.Kind[_doc.SentenceStarts[s] + i] != PreparedDocument.Lowercase && _dropout.NextDouble() < _dropoutRate;
                int count = EntityFeatures.Extract(_doc, s, i, tag1, tag2, _history, _firstPass, _firstPassTypes, _features, hide);
                var features = _features.AsSpan(0, count);
                Array.Clear(_scores);
                model.Score(features, _scores);
                EntityLabels.Allowed(tag1, i == row.Length - 1, _allowed);
                int guess = AveragedPerceptron.ArgMax(_scores, _allowed);
                if (gold is not null)
                {
                    model.Update(features, gold[s][i], guess);
                    if (guess != gold[s][i]) errors++;
                }
                row[i] = guess;
            }
            _history.Record(_doc, s, row);
        }
        // What this pass said becomes the next pass's view of the whole document.
        _firstPass = new PredictionHistory();
        _firstPassTypes ??= new int[_doc.Word.Length];
        for (int s = 0; s < tags.Length; s++)
        {
            _firstPass.Record(_doc, s, tags[s]);
            int start = _doc.SentenceStarts[s];
            for (int i = 0; i < tags[s].Length; i++) _firstPassTypes[start + i] = EntityLabels.TypeOf(tags[s][i]) + 1;
        }
        return errors;
    }
}
