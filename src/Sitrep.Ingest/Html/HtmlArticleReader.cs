using Sitrep.Ingest.Language;
using Sitrep.Articles;
using Sitrep.Ingest.PlainText;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Html;

/// <summary>Reads one saved web page as an article: the page's metadata, and its story text cleaned as prose.</summary>
public static class HtmlArticleReader
{
    /// <param name="url">Where the page was fetched from, when known (a WARC record's target URI).</param>
    /// <param name="charset">The charset the server declared in its Content-Type header, when known.</param>
    public static IngestResult Read(string path, byte[] bytes, string? url = null, string? charset = null)
    {
        if (HtmlPageReader.Read(bytes, out var error, url, charset) is not { } page) return IngestResult.Fail(path, error!);
        var body = PlainTextCleaner.CleanBody(page.Text);
        if (body.Text.Length == 0) return IngestResult.Fail(path, "no article text found in the HTML");
        if (page.Title is null) return IngestResult.Fail(path, "no title found in the HTML");
        var article = Article.Create(page.Title, body.Text, page.Published, path: path, url: page.Url, site: page.Site,
            author: page.Author ?? body.Author, language: page.Language, authors: page.Authors, image: page.Image);
        return IngestResult.Ok(path, ArticleLanguage.Settle(article));
    }
}
