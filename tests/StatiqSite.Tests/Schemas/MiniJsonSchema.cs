using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StatiqSite.Tests.Schemas;

/// <summary>
/// A validator for the subset of JSON Schema (2020-12) that docs/schemas uses: type, enum, const,
/// pattern, min/maxLength, minimum/maximum, properties, required, additionalProperties, items,
/// minItems, anyOf and local $ref. Anything else in a schema is reported, so the subset cannot drift.
/// </summary>
public sealed class MiniJsonSchema(JsonObject root)
{
    private static readonly HashSet<string> Supported =
    [
        "$schema", "$id", "$defs", "title", "description", "type", "enum", "const", "pattern", "minLength", "maxLength",
        "minimum", "maximum", "properties", "required", "additionalProperties", "items", "minItems", "anyOf", "$ref",
    ];

    public static MiniJsonSchema Load(string path) => new((JsonObject)JsonNode.Parse(File.ReadAllText(path))!);

    public IReadOnlyList<string> Validate(JsonNode? value)
    {
        var errors = new List<string>();
        Check(root, value, "$", errors);
        return errors;
    }

    public IReadOnlySet<string> TopLevelProperties(string? itemsOf = null)
    {
        var node = itemsOf is null ? root : (JsonObject)root[itemsOf]!;
        return ((JsonObject)node["properties"]!).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    private void Check(JsonObject schema, JsonNode? value, string path, List<string> errors)
    {
        foreach (var (key, _) in schema)
        {
            if (!Supported.Contains(key))
            {
                errors.Add($"{path}: the schema uses '{key}', which this validator does not support");
            }
        }

        if (schema["$ref"] is JsonValue reference)
        {
            string name = reference.GetValue<string>().Replace("#/$defs/", string.Empty, StringComparison.Ordinal);
            Check((JsonObject)root["$defs"]![name]!, value, path, errors);
        }

        if (schema["anyOf"] is JsonArray options)
        {
            bool any = options.Any(option =>
            {
                var sub = new List<string>();
                Check((JsonObject)option!, value, path, sub);
                return sub.Count == 0;
            });
            if (!any)
            {
                errors.Add($"{path}: matches none of the allowed forms");
            }
        }

        if (schema["type"] is JsonValue type && !HasType(value, type.GetValue<string>()))
        {
            errors.Add($"{path}: expected {type.GetValue<string>()}, found {Describe(value)}");
            return;
        }

        if (schema["const"] is JsonNode constant && !JsonNode.DeepEquals(constant, value))
        {
            errors.Add($"{path}: must be {constant.ToJsonString()}");
        }

        if (schema["enum"] is JsonArray choices && !choices.Any(c => JsonNode.DeepEquals(c, value)))
        {
            errors.Add($"{path}: {Describe(value)} is not one of {choices.ToJsonString()}");
        }

        if (value is JsonValue v && v.TryGetValue<string>(out var text))
        {
            if (schema["pattern"] is JsonValue pattern && !Regex.IsMatch(text, pattern.GetValue<string>()))
            {
                errors.Add($"{path}: '{text}' does not match {pattern.GetValue<string>()}");
            }

            if (schema["minLength"] is JsonValue min && text.Length < min.GetValue<int>())
            {
                errors.Add($"{path}: shorter than {min.GetValue<int>()}");
            }

            if (schema["maxLength"] is JsonValue max && text.Length > max.GetValue<int>())
            {
                errors.Add($"{path}: longer than {max.GetValue<int>()}");
            }
        }

        if (Number(value) is double number)
        {
            if (schema["minimum"] is JsonValue minimum && number < minimum.GetValue<double>())
            {
                errors.Add($"{path}: below {minimum.GetValue<double>()}");
            }

            if (schema["maximum"] is JsonValue maximum && number > maximum.GetValue<double>())
            {
                errors.Add($"{path}: above {maximum.GetValue<double>()}");
            }
        }

        if (value is JsonObject obj)
        {
            var properties = schema["properties"] as JsonObject;
            foreach (var required in (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
            {
                if (!obj.ContainsKey(required))
                {
                    errors.Add($"{path}: missing required '{required}'");
                }
            }

            foreach (var (key, child) in obj)
            {
                if (properties?[key] is JsonObject propertySchema)
                {
                    Check(propertySchema, child, $"{path}.{key}", errors);
                }
                else if (schema["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>())
                {
                    errors.Add($"{path}: unknown property '{key}'");
                }
            }
        }

        if (value is JsonArray array)
        {
            if (schema["minItems"] is JsonValue minItems && array.Count < minItems.GetValue<int>())
            {
                errors.Add($"{path}: fewer than {minItems.GetValue<int>()} items");
            }

            if (schema["items"] is JsonObject itemSchema)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    Check(itemSchema, array[i], $"{path}[{i}]", errors);
                }
            }
        }
    }

    private static bool HasType(JsonNode? value, string type) => type switch
    {
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue s && s.TryGetValue<string>(out _),
        "boolean" => value is JsonValue b && b.TryGetValue<bool>(out _),
        "integer" => value is JsonValue i && i.TryGetValue<long>(out _),
        "number" => Number(value) is not null,
        "null" => value is null,
        _ => false,
    };

    private static double? Number(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<long>(out long l) => l,
        JsonValue v when v.TryGetValue<double>(out double d) => d,
        _ => null,
    };

    private static string Describe(JsonNode? value) => value?.ToJsonString() ?? "null";
}
