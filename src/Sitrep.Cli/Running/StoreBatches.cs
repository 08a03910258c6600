using Sitrep.News.Pipeline;
using Sitrep.Store.Articles;
using Sitrep.News.Documents;

namespace Sitrep.Cli.Running;

/// <summary>Stores analyses in batches of one transaction each, counting what was new and what was already stored.</summary>
public sealed class StoreBatches(IArticleStore store, int batchSize = 64)
{
    private readonly List<ArticleAnalysis> _batch = new(batchSize);

    public int Added { get; private set; }
    public int Skipped { get; private set; }

    public void Add(ArticleAnalysis analysis)
    {
        _batch.Add(analysis);
        if (_batch.Count == batchSize) Flush();
    }

    public void Flush()
    {
        foreach (var outcome in store.AddBatch(_batch))
            if (outcome == AddOutcome.Added) Added++; else Skipped++;
        _batch.Clear();
    }
}
