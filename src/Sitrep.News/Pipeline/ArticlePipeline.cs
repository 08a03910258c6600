using Sitrep.Articles;
using Sitrep.News.Actors;
using Sitrep.News.Claims;
using Sitrep.News.Mentions;
using Sitrep.News.Places;
using Sitrep.News.Quantities;
using Sitrep.News.Quotes;
using Sitrep.News.Resources;
using Sitrep.News.Times;
using Sitrep.Nlp.Entities;
using Sitrep.Nlp.Lexicon;

namespace Sitrep.News.Pipeline;

/// <summary>
/// The per-article pipeline: an ordered list of annotators, readable at a glance. Build it once
/// (resources load on first use) and call <see cref="Analyze"/> from any number of threads.
/// </summary>
public sealed class ArticlePipeline
{
    private static readonly Lazy<CommonWords> Common = new(() => CommonWords.Load(ResourceFiles.Find(ResourceBuilder.CommonWordsFileName)));

    public ArticlePipeline(IReadOnlyList<IArticleAnnotator> annotators) => Annotators = annotators;

    public IReadOnlyList<IArticleAnnotator> Annotators { get; }

    /// <summary>The standard pipeline over the shipped resources.</summary>
    public static ArticlePipeline CreateDefault() => CreateDefault(linking: true);

    /// <summary>The standard pipeline; <paramref name="linking"/> false drops mention linking (surnames, acronyms, the second pass) and agent coding, for measuring their cost.</summary>
    public static ArticlePipeline CreateDefault(bool linking)
    {
        var places = Gazetteer.Default;
        var mentions = new MentionFinder(ActorBase.Default, places, NameWords.Default, Common.Value,
            new StatisticalNameRecognizer(EntityRecognizer.Default), linking);
        var times = new TimeTagger();
        IArticleAnnotator[] agents = linking ? [new AgentAnnotator(new AgentFinder(AgentBase.Default, ActorBase.Default, places))] : [];
        return new ArticlePipeline(
        [
            new TimeAnnotator(times),
            new MentionAnnotator(mentions),
            new PublicationDateAnnotator(ActorBase.Default, times),
            .. agents,
            new QuantityAnnotator(new QuantityFinder()),
            new QuoteAnnotator(new QuoteFinder()),
            new ClaimAnnotator(new DeadlineFinder(), places),
        ]);
    }

    /// <summary>
    /// Runs every annotator over an English article. An article whose language (as its source
    /// declares it, or Ingest identifies it) is not English is kept but not analysed: English models would only invent names
    /// and dates in it. Its analysis is empty and <see cref="IsAnalysed"/> says why.
    /// </summary>
    public ArticleAnalysis Analyze(Article article)
    {
        var doc = new AnalyzedArticle(article);
        if (IsAnalysed(article))
            foreach (var annotator in Annotators) annotator.Annotate(doc);
        return doc.ToAnalysis();
    }

    /// <summary>
    /// True for articles in English (language "en", "en-GB", …) or of undetermined language ("und": too
    /// short or mixed to tell, read as English as before language identification).
    /// </summary>
    public static bool IsAnalysed(Article article) =>
        string.IsNullOrEmpty(article.Language) || article.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
        || article.Language == "und";
}
