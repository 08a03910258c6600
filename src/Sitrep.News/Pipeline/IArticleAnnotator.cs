using Sitrep.News.Documents;

namespace Sitrep.News.Pipeline;

/// <summary>
/// One step of the per-article pipeline. It declares the layers it needs filled before it runs
/// (<see cref="Requires"/>), the layers it reads when an earlier step filled them (<see cref="Reads"/>), and the
/// layers it fills (<see cref="Assigns"/>); <see cref="Annotate"/> returns the analysis with those filled and
/// every other layer untouched. Stateless after construction and thread-safe.
/// </summary>
public interface IArticleAnnotator
{
    /// <summary>The step's name in the pipeline ("times", "quotes"): how it is disabled, replaced or reported.</summary>
    string Name { get; }

    IReadOnlyList<Layer> Requires { get; }

    /// <summary>Layers used when present, without which the step still runs ("times" reads the inferred date when there is one).</summary>
    IReadOnlyList<Layer> Reads => [];

    IReadOnlyList<Layer> Assigns { get; }

    ArticleAnalysis Annotate(ArticleAnalysis analysis);
}
