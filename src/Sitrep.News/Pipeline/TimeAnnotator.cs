using Sitrep.News.Times;

namespace Sitrep.News.Pipeline;

/// <summary>Tags and normalizes time expressions against the article's date (stated, or inferred by an earlier step).</summary>
public sealed class TimeAnnotator(TimeTagger tagger) : IArticleAnnotator
{
    public string Name => "times";

    public void Annotate(AnalyzedArticle a) => a.Times = tagger.Tag(a.Text, a.Tokens, a.Sentences, a.Published).ToList();
}
