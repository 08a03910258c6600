using Sitrep.News;
using Sitrep.News.Mentions;
using Sitrep.News.Pipeline;
using Sitrep.News.Syntax;

namespace Sitrep.Bench.Tasks;

/// <summary>The pipeline a task measures: the default one, less the annotators the options disable.</summary>
public static class BenchPipeline
{
    /// <summary>
    /// The pipeline less <paramref name="alsoDisable"/> (the steps a task does not measure: "syntax" and the "events" that read
    /// it for the tasks that time names, places or dates).
    /// </summary>
    public static ArticlePipeline Create(BenchOptions o, params string[] alsoDisable)
    {
        var builder = DefaultPipeline.Builder();
        if (o.NoLinking)
        {
            // Linking as measured before the pipeline had names for its steps: no names learned in the article, no agents.
            builder.Replace("names", new NameAnnotator(DefaultPipeline.NameFinder(learn: false)));
            if (builder.Contains("agents")) builder.Remove("agents");
            // The event coder reads the agents.
            if (builder.Contains("events")) builder.Remove("events");
        }
        if (o.EagerSyntax && builder.Contains("syntax"))
            builder.Replace("syntax", new SyntaxAnnotator(eager: true));
        foreach (var name in o.Disable.Concat(alsoDisable).Distinct())
            if (builder.Contains(name)) builder.Remove(name);
            else throw new ArgumentException($"--disable {name}: no such annotator (the pipeline has {builder})");
        if (o.Profile)
            foreach (var a in builder.Annotators.ToList()) builder.Replace(a.Name, new TimedAnnotator(a));
        return builder.Build();
    }
}
