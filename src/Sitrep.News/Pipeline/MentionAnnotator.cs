using Sitrep.News.Mentions;

namespace Sitrep.News.Pipeline;

public sealed class MentionAnnotator(MentionFinder finder) : IArticleAnnotator
{
    public string Name => "mentions";

    public void Annotate(AnalyzedArticle a) => a.Mentions = finder.Find(a.Text, a.Tokens, a.Sentences, a.Keys, a.ReferenceDay);
}
