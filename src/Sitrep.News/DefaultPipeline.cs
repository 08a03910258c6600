using Sitrep.News.Actors;
using Sitrep.News.Agents;
using Sitrep.News.Claims;
using Sitrep.News.Events;
using Sitrep.News.Mentions;
using Sitrep.News.Pipeline;
using Sitrep.News.Places;
using Sitrep.News.PublicationDates;
using Sitrep.News.Quantities;
using Sitrep.News.Quotes;
using Sitrep.News.Resources;
using Sitrep.News.Syntax;
using Sitrep.News.Times;
using Sitrep.Nlp.Entities;
using Sitrep.Nlp.Lexicon;

namespace Sitrep.News;

/// <summary>
/// The standard per-article pipeline over the shipped models and resources, in order — the one list to read
/// to know what Sitrep does to an article, and where a new annotator is registered. Edit it with the builder:
/// <c>DefaultPipeline.Builder().Remove("agents").Build()</c>.
/// </summary>
public static class DefaultPipeline
{
    private static readonly Lazy<CommonWords> Common = new(() => CommonWords.Load(ResourceFiles.Find(ResourceFiles.CommonWordsFileName)));

    /// <summary>The standard pipeline, built and checked.</summary>
    public static ArticlePipeline Create() => Builder().Build();

    /// <summary>The standard annotators, to edit before building.</summary>
    public static ArticlePipelineBuilder Builder()
    {
        var places = Gazetteer.Default;
        var actors = ActorBase.Default;
        var times = new TimeTagger();
        return new ArticlePipelineBuilder(
        [
            new SyntaxAnnotator(),
            new NameAnnotator(NameFinder()),
            new ToponymAnnotator(new ToponymResolver(places), actors),
            new PublicationDateAnnotator(actors, times),
            new TimeAnnotator(times),
            new AgentAnnotator(new AgentFinder(AgentBase.Default, actors, places)),
            new MentionAnnotator(actors),
            new QuantityAnnotator(new QuantityFinder()),
            new QuoteAnnotator(new QuoteFinder()),
            new ClaimAnnotator(new DeadlineFinder(), places),
            new EventAnnotator(new EventCoder(EventDictionary.Default, EventCodebook.Default, NounEvents.Default, actors, places)),
        ]);
    }

    /// <summary>The standard name finder; <paramref name="learn"/> false leaves out the names an article teaches (surnames, acronyms).</summary>
    public static MentionFinder NameFinder(bool learn = true) =>
        new(ActorBase.Default, Gazetteer.Default, NameWords.Default, Common.Value, new StatisticalNameRecognizer(EntityRecognizer.Default), learn);
}
