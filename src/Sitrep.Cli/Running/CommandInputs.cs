using Sitrep.Ingest.Fields;
using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Web;

namespace Sitrep.Cli.Running;

/// <summary>
/// What every command that reads articles sets up, in one place: the file readers (size cap, field names) and
/// the web fetcher (its options, and the validator cache of a database when there is one). <see cref="Read"/>
/// turns the command line's inputs into one stream of results: URLs go to the fetcher, paths to the file
/// readers, in the order given (consecutive URLs are fetched together, concurrently); a sitemap file's pages
/// are fetched too.
/// </summary>
public sealed class CommandInputs : IDisposable
{
    private readonly WebFetcher _fetcher;
    private readonly ArticleSourceOptions _files;

    public CommandInputs(FetchOptions fetch, long maxBytes, FieldMapping? fields = null, FileValidatorCache? cache = null)
    {
        _fetcher = new WebFetcher(fetch);
        Web = new WebArticleSource(_fetcher, cache);
        _files = new ArticleSourceOptions(maxBytes) { Fields = fields ?? FieldMapping.Default, UrlReader = Web };
    }

    /// <summary>The fetcher's side: how many URLs were unchanged since the last fetch.</summary>
    public WebArticleSource Web { get; }

    public IEnumerable<IngestResult> Read(IReadOnlyList<string> inputs, CancellationToken ct = default)
    {
        for (int i = 0; i < inputs.Count;)
        {
            bool urls = WebAddress.LooksLikeUrl(inputs[i]);
            int end = i;
            while (end < inputs.Count && WebAddress.LooksLikeUrl(inputs[end]) == urls) end++;
            var group = inputs.Skip(i).Take(end - i).ToList();
            foreach (var result in urls ? Web.Read(group, ct) : ArticleSource.Read(group, _files)) yield return result;
            i = end;
        }
    }

    public void Dispose() => _fetcher.Dispose();
}
