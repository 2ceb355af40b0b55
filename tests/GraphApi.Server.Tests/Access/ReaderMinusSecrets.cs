using System.Text.Json.Nodes;

namespace GraphApi.Server.Tests.Access;

/// <summary>
/// What an anonymous caller should get, derived from a reader's answer: every object whose id is secret is gone (null in
/// a field or in the root <c>nodes(ids:)</c> list, which answers null in place for an id it cannot read, dropped from any other list), id-less list items naming a secret directly
/// (a search hit's entity, a timeline item's claim, a hop's relationship, a file hash) are dropped, a role left without
/// claims is dropped, secret ids leave string lists, and every connection's <c>totalCount</c> loses what its
/// <c>nodes</c> lost. Used for root fields whose answer only shrinks when records are hidden (not path or neighborhood,
/// which may route around them).
/// </summary>
internal static class ReaderMinusSecrets
{
    public static JsonNode? Apply(JsonNode reader, InternalSecrets secrets)
    {
        var copy = reader.DeepClone();
        if (copy["data"] is JsonObject data)
        {
            foreach (var (name, value) in data.ToList())
            {
                data[name] = value switch
                {
                    JsonArray list when name == "nodes" => new JsonArray([.. list.Select(item => IsSecretObject(item, secrets) ? null : Strip(item, secrets))]),
                    JsonArray list => StripList(list, secrets),
                    _ => Strip(value, secrets),
                };
            }
        }

        return copy;
    }

    /// <summary>Any string value anywhere in <paramref name="node"/> that is secret, with its JSON path.</summary>
    public static IEnumerable<string> Leaks(JsonNode? node, InternalSecrets secrets, string path = "$")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    foreach (var leak in Leaks(value, secrets, path + "." + key))
                    {
                        yield return leak;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var leak in Leaks(array[i], secrets, $"{path}[{i}]"))
                    {
                        yield return leak;
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && secrets.IsSecret(text):
                yield return $"{path} = {(text.Length > 80 ? text[..80] + "…" : text)}";
                break;
        }
    }

    private static JsonNode? Strip(JsonNode? node, InternalSecrets secrets)
    {
        switch (node)
        {
            case JsonObject obj:
                if (IsSecretObject(obj, secrets))
                {
                    return null;
                }

                var result = new JsonObject();
                var removed = 0;
                foreach (var (key, value) in obj)
                {
                    if (value is JsonArray list)
                    {
                        var kept = StripList(list, secrets);
                        if (key == "nodes")
                        {
                            removed = list.Count - kept.Count;
                        }

                        result[key] = kept;
                    }
                    else
                    {
                        result[key] = Strip(value, secrets);
                    }
                }

                if (removed > 0 && result["totalCount"] is JsonValue total)
                {
                    result["totalCount"] = total.GetValue<int>() - removed;
                }

                return result;
            case null:
                return null;
            default:
                return node.DeepClone();
        }
    }

    private static JsonArray StripList(JsonArray list, InternalSecrets secrets)
    {
        var kept = new JsonArray();
        foreach (var item in list)
        {
            if (item is JsonValue value && value.TryGetValue<string>(out var text) && secrets.Ids.Contains(text))
            {
                continue;
            }

            if (item is JsonObject obj && (IsSecretObject(obj, secrets) || NamesSecretDirectly(obj, secrets)))
            {
                continue;
            }

            var stripped = Strip(item, secrets);
            if (stripped is JsonObject role && item is JsonObject original && original["claims"] is JsonArray { Count: > 0 } && role["claims"] is JsonArray { Count: 0 } && !original.ContainsKey("id"))
            {
                continue;
            }

            kept.Add(stripped);
        }

        return kept;
    }

    private static bool IsSecretObject(JsonNode? node, InternalSecrets secrets) =>
        node is JsonObject obj && obj["id"] is JsonValue id && id.TryGetValue<string>(out var text) && secrets.Ids.Contains(text);

    /// <summary>
    /// An id-less item (a search hit, a timeline item, a hop, a file hash, a passage or a passage's edge) whose own
    /// fields, or the fields of an id-less object it holds, name a secret: it exists only because of that secret.
    /// </summary>
    private static bool NamesSecretDirectly(JsonObject obj, InternalSecrets secrets) =>
        !obj.ContainsKey("id") && obj.Any(p =>
            IsSecretObject(p.Value, secrets)
            || (p.Value is JsonValue v && v.TryGetValue<string>(out var s) && secrets.Ids.Contains(s))
            || (p.Value is JsonObject inner && NamesSecretDirectly(inner, secrets)));
}
