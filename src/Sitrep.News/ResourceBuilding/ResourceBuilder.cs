using Sitrep.News.Actors;
using Sitrep.News.Mentions;
using Sitrep.News.Places;
using Sitrep.Nlp.Lexicon;
using Sitrep.News.Resources;

namespace Sitrep.News.ResourceBuilding;

/// <summary>
/// Regenerates every converted resource under resources/ from the public data folder
/// (../shared/data): common words from UD English EWT train, the gazetteer from GeoNames,
/// the actor base from PETRARCH2. Run by 'sitrep resources build'; never at analysis time.
/// </summary>
public static class ResourceBuilder
{
    public static IReadOnlyList<string> Build(string dataDir, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var report = new List<string>();
        var ewtTrain = Directory.GetFiles(Path.Combine(dataDir, "nlp", "ud-english-ewt"), "*train.conllu*");
        var words = CommonWords.Induce(ewtTrain);
        CommonWords.Save(words, Path.Combine(outDir, ResourceFiles.CommonWordsFileName),
            "# Words written mostly in lower case mid-sentence, induced by 'sitrep resources build' from UD English EWT train (CC BY-SA 4.0).");
        report.Add($"{ResourceFiles.CommonWordsFileName}: {words.Count} words");

        var (places, demonyms) = GazetteerBuilder.Build(Path.Combine(dataDir, "geo"),
            Path.Combine(dataDir, "nlp", "gazetteers", "countries", "countries.csv"), outDir);
        report.Add($"{GazetteerBuilder.FileName}: {places} places");

        var demonymSet = new HashSet<string>(demonyms.Select(d => d.Demonym), StringComparer.OrdinalIgnoreCase);
        var (actors, countryWords) = ActorBaseBuilder.Build(Path.Combine(dataDir, "events", "petrarch2"), outDir, new CommonWords(words), demonymSet);
        report.Add($"{ActorBaseBuilder.FileName}: {actors} actors");
        report.Add($"{AgentDictionaryBuilder.FileName}: {AgentDictionaryBuilder.Build(Path.Combine(dataDir, "events"), outDir)} agent phrases");
        var (forms, patterns, codes) = EventDictionaryBuilder.Build(Path.Combine(dataDir, "events"), outDir);
        report.Add($"{EventDictionaryBuilder.VerbsFileName}: {forms} verb forms, {patterns} patterns");
        report.Add($"{EventDictionaryBuilder.CodesFileName}: {codes} CAMEO codes");
        var iso2 = Gazetteer.Load(Path.Combine(outDir, GazetteerBuilder.FileName), null);
        var allDemonyms = demonyms.Concat(countryWords.Select(w => (w.Word, iso2.CountryByCode3(w.Code3)?.Country ?? "")).Where(w => w.Item2.Length > 0))
            .Concat(GazetteerBuilder.RegionDemonyms(outDir)).ToList();
        GazetteerBuilder.WriteDemonyms(outDir, allDemonyms);
        demonymSet.UnionWith(allDemonyms.Select(d => d.Item1));
        report.Add($"{GazetteerBuilder.DemonymFileName}: {allDemonyms.Count} demonyms and country words");

        var persons = ActorBase.Load(Path.Combine(outDir, ActorBaseBuilder.FileName), null).All.Where(a => a.Kind == ActorKind.Person);
        var given = GivenNameInducer.Induce(Path.Combine(dataDir, "nlp", "conll2003", "eng.train"), persons,
            Path.Combine(dataDir, "nlp", "gazetteers", "names", "first-names.txt"), new CommonWords(words), demonymSet);
        ResourceFiles.WriteTsv(Path.Combine(outDir, NameWords.GivenNamesFileName),
            "# Given names induced by 'sitrep resources build' from CoNLL-2003 eng.train PER names, the actor base and the MIT first-name list.",
            given);
        report.Add($"{NameWords.GivenNamesFileName}: {given.Count} given names");
        return report;
    }
}
