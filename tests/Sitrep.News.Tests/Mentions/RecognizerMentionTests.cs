using Sitrep.Articles;
using Sitrep.News.Actors;
using Sitrep.News.Mentions;
using Sitrep.News.Places;
using Sitrep.News.Resources;
using Sitrep.Nlp.Lexicon;
using Sitrep.Nlp.Matching;
using Sitrep.Nlp.Tokens;
using Xunit;
using Sitrep.News.Documents;
using Sitrep.News.ResourceBuilding;

namespace Sitrep.News.Tests.Mentions;

public class RecognizerMentionTests
{
    /// <summary>A recognizer that proposes the spans of given phrases, standing in for a trained model.</summary>
    private sealed class FixedRecognizer(params (string Phrase, string Type)[] names) : INameRecognizer
    {
        public IReadOnlyList<NamedSpan> Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences) =>
            names.Select(n => new NamedSpan(text.IndexOf(n.Phrase, StringComparison.Ordinal), text.IndexOf(n.Phrase, StringComparison.Ordinal) + n.Phrase.Length, n.Type))
                .Where(s => s.Start >= 0).ToList();
    }

    /// <summary>The default pipeline with its names step replaced by one that leans on <paramref name="recognizer"/>, cut to the mentions.</summary>
    private static List<string> Find(string text, INameRecognizer recognizer)
    {
        var finder = new MentionFinder(ActorBase.Default, Gazetteer.Default, NameWords.Default,
            CommonWords.Load(ResourceFiles.Find(ResourceFiles.CommonWordsFileName)), recognizer);
        var pipeline = DefaultPipeline.Builder()
            .Replace<NameAnnotator>(new NameAnnotator(finder))
            .Remove("agents")
            .Serving(Layers.Mentions)
            .Build();
        Assert.Equal("names → places → mentions", pipeline.ToString());
        return pipeline.Analyze(Article.Create("Test", text, new PartialDate(2021, 7, 1))).Mentions
            .Select(m => $"{m.Text}|{m.Type}|{m.Key}").ToList();
    }

    [Fact]
    public void Recognized_names_replace_the_rules_and_are_linked_to_actors_and_places()
    {
        // Without a title or a known given name, the rules would not take "Kerem Aydin" for a person.
        const string text = "Kerem Aydin met Sergey Lavrov in Kabul and in Veridonia. The Harbour Board agreed.";
        var found = Find(text, new FixedRecognizer(("Kerem Aydin", "PER"), ("Sergey Lavrov", "PER"), ("Kabul", "LOC"), ("Veridonia", "LOC"), ("Harbour Board", "ORG")));
        Assert.Equal(
        [
            "Kerem Aydin|Person|person:kerem aydin",
            "Sergey Lavrov|Person|actor:sergey-lavrov",
            "Kabul|Place|place:geonames:1138958",
            "Harbour Board|Organization|org:harbour board",
        ], found);
    }

    [Fact]
    public void A_recognized_full_name_teaches_its_surname()
    {
        var found = Find("Kerem Aydin spoke first. Later Aydin left.", new FixedRecognizer(("Kerem Aydin", "PER")));
        Assert.Equal(["Kerem Aydin|Person|person:kerem aydin", "Aydin|Person|person:kerem aydin"], found);
    }
}
