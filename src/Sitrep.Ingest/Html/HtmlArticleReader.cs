using AngleSharp.Html.Parser;
using Sitrep.Ingest.Articles;
using Sitrep.Ingest.PlainText;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Html;

/// <summary>Reads one saved web page: its metadata from the head and markup, its story text from the body.</summary>
public static class HtmlArticleReader
{
    public static IngestResult Read(string path, byte[] bytes)
    {
        var html = HtmlDecoding.Decode(bytes);
        if (string.IsNullOrWhiteSpace(html)) return IngestResult.Fail(path, "empty file");
        // AngleSharp repairs any tag soup the way browsers do, so malformed pages parse rather than throw.
        using var doc = new HtmlParser().ParseDocument(html);
        var meta = HtmlMetadata.Read(doc);
        var body = PlainTextCleaner.CleanBody(MainTextExtractor.Extract(doc));
        if (body.Text.Length == 0) return IngestResult.Fail(path, "no article text found in the HTML");
        if (meta.Title is null) return IngestResult.Fail(path, "no title found in the HTML");
        var article = Article.Create(meta.Title, body.Text, meta.Published, path: path, url: meta.Url, site: meta.Site,
            author: meta.Author ?? body.Author, language: meta.Language);
        return IngestResult.Ok(path, article);
    }
}
