using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.News.Pipeline;

namespace Sitrep.Store.Json;

/// <summary>
/// The JSON form of an <see cref="ArticleAnalysis"/> as the store keeps it: camelCase names, enums
/// as their names, partial dates as ISO strings, null members left out.
/// </summary>
public static class AnalysisJson
{
    /// <summary>The serializer options; read-only, so tools can share them safely.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(ArticleAnalysis analysis) => JsonSerializer.Serialize(analysis, Options);

    public static ArticleAnalysis Deserialize(string json) =>
        JsonSerializer.Deserialize<ArticleAnalysis>(json, Options) ?? throw new JsonException("The analysis JSON is null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // A quantity parsed from odd text may be infinite; store it rather than fail the article.
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            Converters = { new PartialDateJsonConverter(), new JsonStringEnumConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
