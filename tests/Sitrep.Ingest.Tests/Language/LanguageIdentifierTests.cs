using Sitrep.Ingest.Language;
using Xunit;

namespace Sitrep.Ingest.Tests.Language;

/// <summary>Sentences written for these tests (one news sentence in each language), never taken from the training data.</summary>
public class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Identifier = LanguageIdentifier.Default;

    [Theory]
    [InlineData("en", "The minister said on Tuesday that the talks would resume next week in the capital.")]
    [InlineData("de", "Die Regierung kündigte am Dienstag an, dass die Verhandlungen nächste Woche fortgesetzt werden.")]
    [InlineData("fr", "Le gouvernement a annoncé mardi que les négociations reprendraient la semaine prochaine.")]
    [InlineData("es", "El gobierno anunció el martes que las negociaciones se reanudarán la próxima semana.")]
    [InlineData("it", "Il governo ha annunciato martedì che i negoziati riprenderanno la prossima settimana.")]
    [InlineData("pt", "O governo anunciou na terça-feira que as negociações serão retomadas na próxima semana.")]
    [InlineData("nl", "De regering maakte dinsdag bekend dat de onderhandelingen volgende week worden hervat.")]
    [InlineData("sv", "Regeringen meddelade på tisdagen att förhandlingarna återupptas nästa vecka.")]
    [InlineData("pl", "Rząd ogłosił we wtorek, że negocjacje zostaną wznowione w przyszłym tygodniu.")]
    [InlineData("cs", "Vláda v úterý oznámila, že jednání budou příští týden pokračovat.")]
    [InlineData("hu", "A kormány kedden bejelentette, hogy a tárgyalások jövő héten folytatódnak.")]
    [InlineData("fi", "Hallitus ilmoitti tiistaina, että neuvottelut jatkuvat ensi viikolla.")]
    [InlineData("ro", "Guvernul a anunțat marți că negocierile vor fi reluate săptămâna viitoare.")]
    [InlineData("tr", "Hükümet salı günü müzakerelerin gelecek hafta yeniden başlayacağını açıkladı.")]
    [InlineData("id", "Pemerintah mengumumkan pada hari Selasa bahwa perundingan akan dilanjutkan minggu depan.")]
    [InlineData("vi", "Chính phủ thông báo hôm thứ Ba rằng các cuộc đàm phán sẽ được nối lại vào tuần tới.")]
    [InlineData("ru", "Правительство во вторник объявило, что переговоры возобновятся на следующей неделе.")]
    [InlineData("uk", "Уряд у вівторок оголосив, що переговори відновляться наступного тижня.")]
    [InlineData("ar", "أعلنت الحكومة يوم الثلاثاء أن المفاوضات ستستأنف الأسبوع المقبل.")]
    [InlineData("fa", "دولت روز سه‌شنبه اعلام کرد که مذاکرات هفته آینده از سر گرفته می‌شود.")]
    [InlineData("ur", "حکومت نے منگل کو اعلان کیا کہ مذاکرات اگلے ہفتے دوبارہ شروع ہوں گے۔")]
    [InlineData("hi", "सरकार ने मंगलवार को घोषणा की कि बातचीत अगले सप्ताह फिर से शुरू होगी।")]
    public void Names_the_language_of_a_news_sentence(string language, string text)
    {
        var guess = Identifier.Identify(text);
        Assert.Equal(language, guess.Language);
        Assert.Equal(LanguageEvidence.Ngrams, guess.Evidence);
        Assert.InRange(guess.Confidence, 0.5, 1);
    }

    [Theory]
    [InlineData("el", "Η κυβέρνηση ανακοίνωσε την Τρίτη ότι οι διαπραγματεύσεις θα συνεχιστούν.")]
    [InlineData("he", "הממשלה הודיעה ביום שלישי כי המשא ומתן יתחדש בשבוע הבא.")]
    [InlineData("th", "รัฐบาลประกาศเมื่อวันอังคารว่าการเจรจาจะเริ่มขึ้นอีกครั้งในสัปดาห์หน้า")]
    [InlineData("ko", "정부는 화요일 협상이 다음 주에 재개될 것이라고 발표했다.")]
    [InlineData("ja", "政府は火曜日、交渉が来週再開されると発表した。")]
    [InlineData("zh", "政府周二宣布，谈判将于下周恢复。")]
    [InlineData("ka", "მთავრობამ სამშაბათს განაცხადა, რომ მოლაპარაკებები განახლდება.")]
    [InlineData("hy", "Կառավարությունը երեքշաբթի հայտարարեց, որ բանակցությունները կվերսկսվեն։")]
    [InlineData("ko", "NATO 정상회의가 브뤼셀에서 열렸다")]                  // a Latin acronym does not outweigh the Hangul
    public void A_script_written_by_one_language_decides_alone(string language, string text)
    {
        var guess = Identifier.Identify(text);
        Assert.Equal(language, guess.Language);
        Assert.Equal(LanguageEvidence.Script, guess.Evidence);
    }

    [Theory]
    [InlineData("", LanguageEvidence.TooShort)]
    [InlineData("   \n\t ", LanguageEvidence.TooShort)]
    [InlineData("12 345 678", LanguageEvidence.TooShort)]
    [InlineData("2021-08-31 14:00", LanguageEvidence.TooShort)]
    [InlineData("OK!", LanguageEvidence.TooShort)]
    [InlineData("+++ … — !!!", LanguageEvidence.TooShort)]
    [InlineData("Hello Привет", LanguageEvidence.MixedScripts)]
    public void Text_too_short_or_too_mixed_is_undetermined(string text, LanguageEvidence why)
    {
        var guess = Identifier.Identify(text);
        Assert.Equal(LanguageGuess.Undetermined, guess.Language);
        Assert.False(guess.IsDetermined);
        Assert.Equal(why, guess.Evidence);
    }

    [Fact]
    public void Answers_at_least_twenty_languages()
    {
        Assert.True(Identifier.Languages.Count >= 20, string.Join(" ", Identifier.Languages));
        Assert.True(Identifier.Model.Languages.Count >= 20);
    }

    [Fact]
    public void Gives_the_same_answers_from_many_threads()
    {
        var texts = new[] { "Die Regierung kündigte neue Gespräche an.", "The government announced new talks.", "Le gouvernement a annoncé de nouveaux pourparlers." };
        var expected = texts.Select(t => Identifier.Identify(t).Language).ToArray();
        Parallel.For(0, 2000, i => Assert.Equal(expected[i % 3], Identifier.Identify(texts[i % 3]).Language));
    }
}
