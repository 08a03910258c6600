using Sitrep.Articles;
using Sitrep.News.Actors;
using Sitrep.News.Claims;
using Sitrep.News.Mentions;
using Sitrep.News.Quantities;
using Sitrep.News.Quotes;
using Sitrep.News.Times;
using Sitrep.Nlp.Matching;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Pipeline;

/// <summary>
/// One article while the pipeline works on it: the immutable text with its tokens and sentences,
/// and the annotation layers the annotators fill in, in order. <see cref="ToAnalysis"/> freezes it.
/// </summary>
public sealed class AnalyzedArticle
{
    public AnalyzedArticle(Article article)
    {
        Article = article;
        Tokens = Tokenizer.Tokenize(article.Text);
        Sentences = SentenceSplitter.Split(article.Text, Tokens);
        Keys = PhraseMatcher<object>.Keys(article.Text, Tokens);
        Published = article.Published;
    }

    public Article Article { get; }
    public string Text => Article.Text;
    public Token[] Tokens { get; }
    public Sentence[] Sentences { get; }
    /// <summary>Folded token keys, shared by every gazetteer lookup.</summary>
    public string[] Keys { get; }

    /// <summary>The document creation time: stated by the source, or inferred (then <see cref="PublishedInferred"/>).</summary>
    public PartialDate? Published { get; set; }
    public bool PublishedInferred { get; set; }
    public string? PublishedEvidence { get; set; }
    /// <summary>For an inferred date, where the article's true date probably lies.</summary>
    public PublicationWindow? PublishedWindow { get; set; }

    public List<TimeExpression> Times { get; set; } = [];
    public List<Mention> Mentions { get; set; } = [];
    public List<Quantity> Quantities { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
    public List<Claim> Claims { get; set; } = [];
    public List<Agent> Agents { get; set; } = [];

    /// <summary>The article's date as a day, for choosing roles that hold on it (the middle of a month or year when only those are known).</summary>
    public DateOnly? ReferenceDay => Published?.MiddleDay;

    public ArticleAnalysis ToAnalysis() => new()
    {
        Article = Article,
        Published = Published,
        PublishedInferred = PublishedInferred,
        PublishedEvidence = PublishedEvidence,
        PublishedWindow = PublishedWindow,
        TokenCount = Tokens.Length,
        Sentences = Sentences.Select(s => new TextSpan(s.Start, s.End)).ToList(),
        Mentions = Mentions,
        Times = Times,
        Quantities = Quantities,
        Quotes = Quotes,
        Claims = Claims,
        Agents = Agents,
    };
}
