using Sitrep.News.Documents;

namespace Sitrep.News.Pipeline;

/// <summary>
/// Builds an <see cref="ArticlePipeline"/> from an ordered list of annotators that can be edited by name or
/// type (insert before or after, replace, remove), then checks the order once: every layer an annotator
/// requires is assigned by an annotator before it, a layer it reads when present is not assigned after it,
/// and no layer is assigned twice. A wrong order is refused with a message naming both annotators.
/// </summary>
public sealed class ArticlePipelineBuilder
{
    private readonly List<IArticleAnnotator> _annotators = [];

    public ArticlePipelineBuilder(IEnumerable<IArticleAnnotator>? annotators = null)
    {
        if (annotators is not null) _annotators.AddRange(annotators);
    }

    public IReadOnlyList<IArticleAnnotator> Annotators => _annotators;

    public bool Contains(string name) => IndexOf(name) >= 0;

    public bool Contains<T>() where T : IArticleAnnotator => _annotators.Any(a => a is T);

    public ArticlePipelineBuilder Add(IArticleAnnotator annotator)
    {
        _annotators.Add(annotator);
        return this;
    }

    public ArticlePipelineBuilder InsertBefore(string name, IArticleAnnotator annotator)
    {
        _annotators.Insert(Find(name), annotator);
        return this;
    }

    public ArticlePipelineBuilder InsertAfter(string name, IArticleAnnotator annotator)
    {
        _annotators.Insert(Find(name) + 1, annotator);
        return this;
    }

    public ArticlePipelineBuilder Replace(string name, IArticleAnnotator annotator)
    {
        _annotators[Find(name)] = annotator;
        return this;
    }

    public ArticlePipelineBuilder Replace<T>(IArticleAnnotator annotator) where T : IArticleAnnotator =>
        Replace(FindType<T>().Name, annotator);

    public ArticlePipelineBuilder Remove(string name)
    {
        _annotators.RemoveAt(Find(name));
        return this;
    }

    public ArticlePipelineBuilder Remove<T>() where T : IArticleAnnotator => Remove(FindType<T>().Name);

    /// <summary>
    /// Keeps only the annotators these layers need: those that assign them, and, going back, those that assign
    /// what the kept ones require or read. The smallest pipeline that serves ("quotes" needs no syntax or claims).
    /// </summary>
    public ArticlePipelineBuilder Serving(params Layer[] layers)
    {
        var needed = new HashSet<Layer>(layers);
        for (int i = _annotators.Count - 1; i >= 0; i--)
        {
            var a = _annotators[i];
            if (a.Assigns.Any(needed.Contains)) needed.UnionWith(a.Requires.Concat(a.Reads));
            else _annotators.RemoveAt(i);
        }
        return this;
    }

    /// <summary>Checks the order and makes the pipeline; throws <see cref="InvalidOperationException"/> naming the annotators at fault.</summary>
    public ArticlePipeline Build()
    {
        var assignedBy = new Dictionary<Layer, IArticleAnnotator>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < _annotators.Count; i++)
        {
            var annotator = _annotators[i];
            if (!names.Add(annotator.Name))
                throw new InvalidOperationException($"two annotators are named '{annotator.Name}'");
            foreach (var layer in annotator.Requires.Concat(annotator.Reads))
            {
                if (assignedBy.ContainsKey(layer)) continue;
                bool required = annotator.Requires.Contains(layer);
                var later = _annotators.Skip(i + 1).FirstOrDefault(a => a.Assigns.Contains(layer));
                if (later is not null)
                    throw new InvalidOperationException(
                        $"annotator '{annotator.Name}' reads layer '{layer.Name}' before annotator '{later.Name}' assigns it: put '{later.Name}' before '{annotator.Name}'");
                if (required)
                    throw new InvalidOperationException(
                        $"annotator '{annotator.Name}' requires layer '{layer.Name}', which no annotator before it assigns");
            }
            foreach (var layer in annotator.Assigns)
            {
                if (assignedBy.TryGetValue(layer, out var earlier))
                    throw new InvalidOperationException(
                        $"annotators '{earlier.Name}' and '{annotator.Name}' both assign layer '{layer.Name}': a layer has one author");
                assignedBy[layer] = annotator;
            }
        }
        return new ArticlePipeline(_annotators.ToArray());
    }

    /// <summary>The pipeline's annotators by name, for messages: "syntax, names, …".</summary>
    public override string ToString() => string.Join(", ", _annotators.Select(a => a.Name));

    private int IndexOf(string name) => _annotators.FindIndex(a => a.Name == name);

    private int Find(string name)
    {
        int i = IndexOf(name);
        return i >= 0 ? i : throw new ArgumentException($"no annotator named '{name}' in the pipeline ({this})", nameof(name));
    }

    private IArticleAnnotator FindType<T>() where T : IArticleAnnotator =>
        _annotators.FirstOrDefault(a => a is T) ?? throw new ArgumentException($"no annotator of type {typeof(T).Name} in the pipeline ({this})");
}
