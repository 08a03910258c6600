using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Articles;

namespace Sitrep.Store.Json;

/// <summary>
/// Writes a <see cref="PartialDate"/> as its ISO 8601 string ("2021", "2021-07", "2021-07-22")
/// rather than as its Year/Month/Day parts plus the derived FirstDay/LastDay, and reads it back.
/// </summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"Expected an ISO partial date string, found {reader.TokenType}.");
        var s = reader.GetString();
        return PartialDate.TryParse(s, out var date) ? date : throw new JsonException($"Not an ISO partial date: \"{s}\".");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
