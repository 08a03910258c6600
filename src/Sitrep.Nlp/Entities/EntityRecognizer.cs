using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Models;
using Sitrep.Nlp.Tokens;

namespace Sitrep.Nlp.Entities;

/// <summary>
/// Named-entity recognizer for PER, LOC, ORG and MISC: an averaged perceptron over BILOU tags,
/// decoded greedily left to right with invalid transitions masked (Ratinov &amp; Roth 2009 found greedy
/// decoding as good as Viterbi for this model). Works a document at a time, so that how a word was
/// labelled earlier in the document informs later mentions. Immutable after loading: one instance
/// serves any number of threads.
/// </summary>
public sealed class EntityRecognizer
{
    public const string ModelName = "ner-conll.bin.gz";
    private const string Magic = "sitrep-ner";
    private const int Version = 2;

    private static readonly Lazy<EntityRecognizer> Shared = new(() => Load(ModelFiles.Find(ModelName)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly AveragedPerceptron _model;

    internal EntityRecognizer(AveragedPerceptron model, WordProfiles profiles, NameGazetteers gazetteers)
    {
        _model = model;
        Profiles = profiles;
        Gazetteers = gazetteers;
    }

    /// <summary>The recognizer trained on CoNLL-2003, loaded from models/ on first use.</summary>
    public static EntityRecognizer Default => Shared.Value;

    /// <summary>The word clusters and casing profiles the model was trained with.</summary>
    public WordProfiles Profiles { get; }

    public NameGazetteers Gazetteers { get; }

    public int FeatureCount => _model.FeatureCount;

    public static EntityRecognizer Load(string path) => ModelFiles.Load(path, Magic, Version, r =>
    {
        var profiles = WordProfiles.Read(r);
        var gazetteers = NameGazetteers.Read(r);
        var model = AveragedPerceptron.Read(r);
        return new EntityRecognizer(model, profiles, gazetteers);
    });

    public void Save(string path) => ModelFiles.Save(path, Magic, Version, w =>
    {
        Profiles.Write(w);
        Gazetteers.Write(w);
        _model.Write(w);
    });

    /// <summary>BILOU tag ids (see <see cref="EntityLabels"/>) for each word of each sentence of one document.</summary>
    public int[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var doc = PreparedDocument.Create(sentences, Profiles, Gazetteers);
        var decoder = new DocumentDecoder(doc);
        var tags = new int[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++) tags[s] = new int[sentences[s].Count];
        decoder.Run(_model, tags, null);
        // Second pass: the same model, now also seeing the first pass's labels of the whole document.
        decoder.Run(_model, tags, null);
        return tags;
    }

    /// <summary>BILOU tags as strings ("B-PER", "O", …) for each word of each sentence of one document.</summary>
    public string[][] TagNames(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        Tag(sentences).Select(row => row.Select(EntityLabels.Name).ToArray()).ToArray();

    /// <summary>Entity spans in word offsets, per sentence, for one document given as sentences of words.</summary>
    public List<EntitySpan>[] Recognize(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        Tag(sentences).Select(row => EntityLabels.ToSpans(row)).ToArray();

    /// <summary>Entity spans in character offsets of <paramref name="text"/>, from Sitrep's tokens and sentences.</summary>
    public List<EntitySpan> Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var words = new string[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            words[s] = new string[sentence.TokenCount];
            for (int i = 0; i < sentence.TokenCount; i++) words[s][i] = tokens[sentence.FirstToken + i].Text(text);
        }
        var spans = new List<EntitySpan>();
        var tags = Tag(words);
        for (int s = 0; s < sentences.Count; s++)
        {
            int first = sentences[s].FirstToken;
            foreach (var span in EntityLabels.ToSpans(tags[s]))
                spans.Add(new EntitySpan(tokens[first + span.Start].Start, tokens[first + span.End - 1].End, span.Type));
        }
        return spans;
    }

}
