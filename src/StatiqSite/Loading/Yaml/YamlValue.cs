using System.Collections.Immutable;
using StatiqSite.Content.Model;

namespace StatiqSite.Loading.Yaml;

/// <summary>
/// A YAML node with its position. We build our own small tree from YamlDotNet's parser events,
/// rather than deserialising straight into records, so that every wrong type, missing field and
/// unknown key can be reported at its exact line and column.
/// </summary>
public abstract record YamlValue(TextPosition At)
{
    public abstract string Describe();
}

public sealed record YamlScalar(string Value, bool IsPlain, TextPosition At) : YamlValue(At)
{
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>A literal (|) or folded (&gt;) scalar, whose text starts on the line after its indicator.</summary>
    public bool IsBlock { get; init; }

    public override string Describe() => IsNull ? "empty" : $"the text '{Shorten(Value)}'";

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";
}

public sealed record YamlList(ImmutableArray<YamlValue> Items, TextPosition At) : YamlValue(At)
{
    public override string Describe() => "a list";
}

public sealed record YamlMap(ImmutableArray<KeyValuePair<YamlScalar, YamlValue>> Entries, TextPosition At) : YamlValue(At)
{
    public override string Describe() => "a mapping of keys to values";
}
