using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sitrep.Nlp.Models;

/// <summary>
/// models/manifest.json: for each committed model, the file, the data it was trained on, the
/// settings, the date and the dev scores, so that `sitrep train` can reproduce it and a reader can
/// judge it. Recording a model replaces its previous entry and keeps the others.
/// </summary>
public static class ModelManifest
{
    public static void Record(string manifestPath, string name, JsonObject entry)
    {
        JsonObject root = File.Exists(manifestPath) ? (JsonNode.Parse(File.ReadAllText(manifestPath)) as JsonObject ?? new JsonObject()) : new JsonObject();
        if (root["models"] is not JsonObject models) root["models"] = models = new JsonObject();
        models[name] = entry;
        var sorted = new JsonObject();
        foreach (var kv in models.OrderBy(kv => kv.Key, StringComparer.Ordinal)) sorted[kv.Key] = kv.Value?.DeepClone();
        root["models"] = sorted;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(manifestPath))!);
        File.WriteAllText(manifestPath, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
