using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Sitrep.Store.Articles;
using Sitrep.News.Documents;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// Builds the SELECT behind <see cref="SqliteArticleStore.Load"/>. Only the filters a query uses
/// are added, so SQLite can plan each shape with its indexes; every value is a parameter.
/// </summary>
internal static class ArticleQueryCommand
{
    public static SqliteCommand Create(SqliteConnection connection, ArticleQuery query)
    {
        var command = connection.CreateCommand();
        var where = new List<string>();
        if (query.Since is { } since)
        {
            // Overlap, not containment: an article dated "2021-08" is inside since=2021-08-15.
            where.Add("a.published_last_day >= $since");
            command.Parameters.AddWithValue("$since", Day(since.FirstDay));
        }
        if (query.Until is { } until)
        {
            where.Add("a.published_first_day <= $until");
            command.Parameters.AddWithValue("$until", Day(until.LastDay));
        }
        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            // Mention keys are lower-case already ("person:andrey rudenko"), like text_folded.
            where.Add("""
                EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id
                        AND (instr(m.text_folded, $entity) > 0 OR instr(m.key, $entity) > 0))
                """);
            command.Parameters.AddWithValue("$entity", query.Entity.Trim().ToLowerInvariant());
        }

        var sql = new StringBuilder("SELECT a.id, a.analysis FROM articles a");
        if (where.Count > 0) sql.Append(" WHERE ").AppendJoin(" AND ", where);
        sql.Append(" ORDER BY a.published_first_day IS NULL, a.published_first_day, a.path, a.id");
        if (query.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(limit, nameof(query));
            sql.Append(" LIMIT $limit");
            command.Parameters.AddWithValue("$limit", limit);
        }
        command.CommandText = sql.ToString();
        return command;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
