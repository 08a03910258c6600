using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Articles;
using Sitrep.News.Pipeline;
using Sitrep.Store.Articles;
using Sitrep.Store.Json;
using Sitrep.News.Documents;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// Writes articles inside one transaction the caller owns: the article row (whose insert trigger
/// fills the FTS index) and its mention rows. The commands are prepared once and reused for every
/// article of a batch.
/// </summary>
internal sealed class ArticleWriter : IDisposable
{
    // ON CONFLICT DO NOTHING makes a re-added article a no-op that reports 0 rows changed.
    private const string InsertArticleSql = """
        INSERT INTO articles (id, path, url, title, published, published_first_day, published_last_day,
                              published_inferred, site, author, language, text, analysis, ingested_at)
        VALUES ($id, $path, $url, $title, $published, $first_day, $last_day,
                $inferred, $site, $author, $language, $text, $analysis, $ingested_at)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string InsertMentionSql = """
        INSERT INTO mentions (article_id, start, "end", text, text_folded, type, key)
        VALUES ($article_id, $start, $end, $text, $text_folded, $type, $key);
        """;

    private readonly SqliteCommand _insertArticle;
    private readonly SqliteCommand _insertMention;
    private readonly string _ingestedAt;

    public ArticleWriter(SqliteTransaction transaction, DateTimeOffset ingestedAt)
    {
        _insertArticle = Prepare(transaction, InsertArticleSql);
        _insertMention = Prepare(transaction, InsertMentionSql);
        _ingestedAt = ingestedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    public AddOutcome Write(ArticleAnalysis analysis)
    {
        var article = analysis.Article;
        var published = analysis.PublicationDate;
        Bind(_insertArticle,
            ("$id", article.Id), ("$path", article.Path), ("$url", article.Url), ("$title", article.Title),
            ("$published", published?.ToString()),
            ("$first_day", published?.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$last_day", published?.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$inferred", analysis.PublishedInferred), ("$site", article.Site), ("$author", article.Author),
            ("$language", article.Language), ("$text", article.Text),
            ("$analysis", StoredAnalysis.Serialize(analysis)), ("$ingested_at", _ingestedAt));
        if (_insertArticle.ExecuteNonQuery() == 0) return AddOutcome.AlreadyStored;

        foreach (var mention in analysis.Mentions)
        {
            Bind(_insertMention,
                ("$article_id", article.Id), ("$start", mention.Start), ("$end", mention.End),
                ("$text", mention.Text), ("$text_folded", mention.Text?.ToLowerInvariant()),
                ("$type", mention.Type.ToString()), ("$key", mention.Key));
            _insertMention.ExecuteNonQuery();
        }
        return AddOutcome.Added;
    }

    public void Dispose()
    {
        _insertArticle.Dispose();
        _insertMention.Dispose();
    }

    private static SqliteCommand Prepare(SqliteTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Bind(SqliteCommand command, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        command.Parameters.Clear();
        // A null reaches SQLite as NULL, so a NOT NULL column rejects it there, inside the transaction.
        foreach (var (name, value) in values)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
    }
}
