using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.News;
using Sitrep.News.Actors;
using Sitrep.News.Agents;
using Sitrep.News.Events;
using Sitrep.News.Mentions;
using Sitrep.News.Pipeline;
using Sitrep.News.Places;
using Sitrep.News.PublicationDates;
using Sitrep.News.ResourceBuilding;
using Sitrep.News.Resources;
using Sitrep.News.Times;
using Sitrep.Nlp.Entities;
using Sitrep.Nlp.Lexicon;
using Sitrep.Nlp.Text;

namespace Sitrep.Bench.Tasks.Events;

/// <summary>
/// The pipeline with a validation suite's own dictionaries (the &lt;Environment&gt; of PETR.UnitTest.records.xml names
/// PETR.Validate.verbs/actors/agents.txt), built in the bench alone, as PETRARCH's validation run reads them:
/// <list type="bullet">
/// <item>verbs: the suite's verb file instead of CAMEO.2.0 (<see cref="EventDictionaryBuilder.Convert"/> →
/// <see cref="EventDictionary.FromRows"/>);</item>
/// <item>codes: the product's codebook plus every code the suite's verbs give that it lacks (the suite's codes are
/// partly WEIS, "345", "1717", "075A"; the coder drops a code its codebook does not know and would give the parent
/// of an unknown four-digit one), written to a temporary events-codes file and loaded with <see cref="EventCodebook.Load"/>;
/// paired codes ("031:031") are not added, so the coder reads them as the product does (the first half);</item>
/// <item>actors: the product's actor base plus the suite's actors (<see cref="PetrarchDictionaryReader"/> →
/// <see cref="ActorBase.Add"/>), each an organisation with its dated codes (countries included: the fictional ones are
/// in no gazetteer);</item>
/// <item>agents: the product's agents with the suite's on top (a temporary overlay: the product's overlay, then the
/// suite's phrases), loaded with <see cref="AgentBase.Load"/>;</item>
/// </list>
/// and every annotator that holds the actor base, the agents or the verbs replaced by name in
/// <see cref="DefaultPipeline.Builder"/>. HTML comments are removed from the suite's files first (the readers strip only
/// '#' comments). The discard list is not used: the product has no discards.
/// </summary>
public static partial class ValidatePipeline
{
    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    /// <summary>Where the suite's dictionaries are: beside the gold file, in ../petrarch2/validate, or in validate/.</summary>
    public static string? FindFolder(string goldPath, string verbFile)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(goldPath))!;
        foreach (var candidate in new[] { dir, Path.Combine(dir, "..", "petrarch2", "validate"), Path.Combine(dir, "validate"), Path.Combine(dir, "..", "validate") })
            if (File.Exists(Path.Combine(candidate, verbFile))) return Path.GetFullPath(candidate);
        return null;
    }

    public sealed record Built(ArticlePipeline Pipeline, EventDictionary Verbs, int VerbForms, int Patterns, int AddedCodes, int PairedCodes, int Actors, int Agents);

    public static Built Create(string folder, IReadOnlyDictionary<string, string> environment)
    {
        var work = Path.Combine(Path.GetTempPath(), "sitrep-bench-events", "validate");
        Directory.CreateDirectory(work);
        string Clean(string name)
        {
            var path = Path.Combine(work, name);
            File.WriteAllText(path, Comment().Replace(File.ReadAllText(Path.Combine(folder, name)), ""));
            return path;
        }

        // Verbs.
        var rows = EventDictionaryBuilder.Convert(File.ReadLines(Clean(environment["Verbfile"])));
        var split = rows.Select(r => r.Split('\t')).ToList();
        var verbs = EventDictionary.FromRows(split);

        // Codes: the product's, and the suite's it lacks.
        var known = EventCodebook.Default;
        var extra = split.Select(r => r[0] switch { "V" when r.Length > 3 => r[3], "P" when r.Length > 4 => r[4], _ => "" })
            // A paired code ("031:031": source→target 031 and target→source 031) is left as the product reads it: the
            // codebook's lookup falls back to its first half.
            .Where(c => c.Length > 0 && !c.StartsWith("---", StringComparison.Ordinal) && !c.Contains(':'))
            .Distinct(StringComparer.Ordinal)
            .Where(c => !known.All.Any(k => k.Cameo == c)).OrderBy(c => c, StringComparer.Ordinal).ToList();
        var codesPath = Path.Combine(work, EventCodebook.FileName);
        ResourceFiles.WriteTsv(codesPath, "# the product's event codes plus the validation suite's (bench only)",
            known.All.Select(c => string.Join('\t', c.Cameo, c.Name, c.Goldstein.ToString(CultureInfo.InvariantCulture), c.QuadClass.ToString(CultureInfo.InvariantCulture), c.Plover ?? "", c.Mode ?? "", c.Context ?? ""))
                .Concat(extra.Select(c => string.Join('\t', c, "validation suite code", "0", EventCodebook.QuadClassOf(c).ToString(CultureInfo.InvariantCulture), "", "", ""))));
        var codes = EventCodebook.Load(codesPath);

        // Actors: the product's and the suite's.
        var actors = new ActorBase();
        foreach (var a in ActorBase.Default.All) actors.Add(a);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int suiteActors = 0;
        foreach (var file in environment["Actorfile"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            foreach (var e in PetrarchDictionaryReader.Read(Clean(file)))
            {
                if (e.Name.Length < 2) continue;
                var id = Slug.Unique(Slug.Of("petr-validate " + e.Name, "actor"), ids);
                actors.Add(new Actor(id, ActorKind.Organization, NameCase.Display(e.Name), e.Roles,
                    e.Aliases.Where(x => x.Length >= 2).Select(NameCase.Display).Distinct(StringComparer.OrdinalIgnoreCase).ToList()));
                suiteActors++;
            }

        // Agents: the product's, with the suite's phrases on top.
        var overlay = Path.Combine(work, AgentBase.OverlayFileName);
        var suiteAgents = environment.TryGetValue("Agentfile", out var agentFile)
            ? AgentDictionaryReader.Read(Clean(agentFile)).ToList() : [];
        ResourceFiles.WriteTsv(overlay, "# the product's agent overlay, then the validation suite's agents (bench only)",
            ResourceFiles.ReadTsv(ResourceFiles.Find(AgentBase.OverlayFileName)).Select(r => string.Join('\t', r))
                .Concat(suiteAgents.Select(a => $"{a.Phrase}\t{a.Code}\tvalidation suite")));
        var agents = AgentBase.Load(ResourceFiles.Find(AgentBase.FileName), overlay, actors);

        var places = Gazetteer.Default;
        var times = new TimeTagger();
        var common = CommonWords.Load(ResourceFiles.Find(ResourceFiles.CommonWordsFileName));
        var pipeline = DefaultPipeline.Builder()
            .Replace("names", new NameAnnotator(new MentionFinder(actors, places, NameWords.Default, common, new StatisticalNameRecognizer(EntityRecognizer.Default))))
            .Replace("places", new ToponymAnnotator(new ToponymResolver(places), actors))
            .Replace("publication-date", new PublicationDateAnnotator(actors, times))
            .Replace("times", new TimeAnnotator(times))
            .Replace("agents", new AgentAnnotator(new AgentFinder(agents, actors, places)))
            .Replace("mentions", new MentionAnnotator(actors))
            .Replace("events", new EventAnnotator(new EventCoder(verbs, codes, NounEvents.Default, actors, places)))
            .Build();
        return new Built(pipeline, verbs, verbs.FormCount, verbs.PatternCount, extra.Count, split.Count(r => r[0] == "V" && r.Length > 3 && r[3].Contains(':')), suiteActors, suiteAgents.Count);
    }
}
