using System.Text.Json;
using Sitrep.News.Documents;

namespace Sitrep.Store.Json;

/// <summary>
/// The analysis column of the store: the contract's article object with the article's own entity keys
/// (<see cref="AnalysisJson"/>). Rows written before that form (Sitrep 1.4 and earlier kept the record's
/// properties as they were named, an "article" object at the top) are still read.
/// </summary>
public static class StoredAnalysis
{
    public static string Serialize(ArticleAnalysis analysis) => AnalysisJson.Serialize(analysis);

    public static ArticleAnalysis Deserialize(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new JsonException("the stored analysis is not a JSON object");
        return root.TryGetProperty("article", out var article) && article.ValueKind == JsonValueKind.Object
            ? LegacyAnalysisJson.Read(root)
            : AnalysisJson.ReadArticle(root);
    }
}
