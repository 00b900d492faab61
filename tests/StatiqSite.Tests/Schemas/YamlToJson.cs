using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Tests.Schemas;

/// <summary>
/// Converts our YAML tree to JSON the way an editor's YAML language server sees it (the YAML 1.2 core
/// schema): plain true/false are booleans, plain numbers are numbers, null forms are null.
/// </summary>
public static partial class YamlToJson
{
    public static JsonNode? Convert(YamlValue? value) => value switch
    {
        null => null,
        YamlMap map => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Convert(e.Value)))),
        YamlList list => new JsonArray([.. list.Items.Select(Convert)]),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true, Value: "true" } => JsonValue.Create(true),
        YamlScalar { IsPlain: true, Value: "false" } => JsonValue.Create(false),
        YamlScalar { IsPlain: true } s when Integer().IsMatch(s.Value) => JsonValue.Create(long.Parse(s.Value, CultureInfo.InvariantCulture)),
        YamlScalar { IsPlain: true } s when Float().IsMatch(s.Value) => JsonValue.Create(double.Parse(s.Value, CultureInfo.InvariantCulture)),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => throw new InvalidOperationException(),
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
