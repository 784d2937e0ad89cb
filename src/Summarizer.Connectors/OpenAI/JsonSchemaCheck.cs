using System.Globalization;
using System.Text.Json;

namespace Summarizer.Connectors.OpenAI;

/// <summary>
/// A deliberately small JSON Schema check (JsonSchema.Net does not restore here): type, properties,
/// required, additionalProperties=false, items, enum, minItems/maxItems. It covers the shapes our prompts
/// ask for; keywords it does not know are ignored rather than failing a good reply.
/// </summary>
internal static class JsonSchemaCheck
{
    /// <summary>Returns null when <paramref name="value"/> fits, else the first problem with its JSON path.</summary>
    public static string? FirstError(JsonElement schema, JsonElement value, string path = "$")
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            return $"{path}: expected {type.ToString()}, got {Describe(value.ValueKind)}";
        }

        if (schema.TryGetProperty("enum", out var allowed) && allowed.ValueKind == JsonValueKind.Array
            && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            return $"{path}: value is not one of the allowed values";
        }

        return value.ValueKind switch
        {
            JsonValueKind.Object => CheckObject(schema, value, path),
            JsonValueKind.Array => CheckArray(schema, value, path),
            _ => null,
        };
    }

    private static string? CheckObject(JsonElement schema, JsonElement value, string path)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object;
        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()).OfType<string>())
            {
                if (!value.TryGetProperty(name, out _))
                {
                    return $"{path}: missing required property '{name}'";
                }
            }
        }

        var closed = schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.False;
        foreach (var property in value.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                var error = FirstError(propertySchema, property.Value, $"{path}.{property.Name}");
                if (error is not null)
                {
                    return error;
                }
            }
            else if (closed)
            {
                return $"{path}: unexpected property '{property.Name}'";
            }
        }

        return null;
    }

    private static string? CheckArray(JsonElement schema, JsonElement value, string path)
    {
        var count = value.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var min) && min.TryGetInt32(out var minItems) && count < minItems)
        {
            return $"{path}: {count} items, at least {minItems} required";
        }

        if (schema.TryGetProperty("maxItems", out var max) && max.TryGetInt32(out var maxItems) && count > maxItems)
        {
            return $"{path}: {count} items, at most {maxItems} allowed";
        }

        if (!schema.TryGetProperty("items", out var items))
        {
            return null;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var error = FirstError(items, item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"));
            if (error is not null)
            {
                return error;
            }

            index++;
        }

        return null;
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) => type.ValueKind switch
    {
        JsonValueKind.String => Matches(type.GetString(), value),
        JsonValueKind.Array => type.EnumerateArray().Any(t => Matches(t.GetString(), value)),
        _ => true,
    };

    private static bool Matches(string? type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
