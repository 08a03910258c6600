using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Web;

namespace Sitrep.Cli.Running;

/// <summary>
/// The command line's inputs as one stream of results: URLs go to the fetcher, paths to the file readers, in the
/// order given (consecutive URLs are fetched together, concurrently). A sitemap file's pages are fetched too.
/// </summary>
public static class ArticleInputs
{
    public static IEnumerable<IngestResult> Read(IReadOnlyList<string> inputs, ArticleSourceOptions fileOptions, WebArticleSource web, CancellationToken ct = default)
    {
        var options = fileOptions with { UrlReader = web };
        for (int i = 0; i < inputs.Count;)
        {
            bool urls = WebAddress.LooksLikeUrl(inputs[i]);
            int end = i;
            while (end < inputs.Count && WebAddress.LooksLikeUrl(inputs[end]) == urls) end++;
            var group = inputs.Skip(i).Take(end - i).ToList();
            foreach (var result in urls ? web.Read(group, ct) : ArticleSource.Read(group, options)) yield return result;
            i = end;
        }
    }
}
