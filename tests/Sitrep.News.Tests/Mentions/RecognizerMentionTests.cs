using Sitrep.News.Actors;
using Sitrep.News.Mentions;
using Sitrep.News.Places;
using Sitrep.News.Resources;
using Sitrep.Nlp.Lexicon;
using Sitrep.Nlp.Matching;
using Sitrep.Nlp.Tokens;
using Xunit;

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

    private static List<string> Find(string text, INameRecognizer recognizer)
    {
        var finder = new MentionFinder(ActorBase.Default, Gazetteer.Default, NameWords.Default,
            CommonWords.Load(ResourceFiles.Find(ResourceBuilder.CommonWordsFileName)), recognizer);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        return finder.Find(text, tokens, sentences, PhraseMatcher<object>.Keys(text, tokens), new DateOnly(2021, 7, 1))
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
