using System.Reflection;
using System.Text.RegularExpressions;
using StatiqSite.Diagnostics;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Robustness;

/// <summary>docs/diagnostics.md and Diagnostics/Codes.cs stay in step: one section per code, and no stale sections.</summary>
public partial class DiagnosticsDocTests
{
    private static readonly IReadOnlyDictionary<string, string> Codes = typeof(Codes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);

    private static readonly string Doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics.md"));

    public static TheoryData<string> Names => [.. Codes.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_code_has_its_own_section(string name)
    {
        string heading = $"## {Codes[name]} {name}";
        Assert.Contains(heading + "\n", Doc, StringComparison.Ordinal);
        string section = Doc[(Doc.IndexOf(heading, StringComparison.Ordinal) + heading.Length)..].Split("\n## ")[0];
        Assert.Contains("**Means", section, StringComparison.Ordinal);
        Assert.Contains("**Fix:**", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_unique_and_every_documented_code_exists()
    {
        Assert.Equal(Codes.Count, Codes.Values.Distinct(StringComparer.Ordinal).Count());
        var documented = Heading().Matches(Doc).Select(m => (Code: m.Groups[1].Value, Name: m.Groups[2].Value)).ToList();
        Assert.NotEmpty(documented);
        Assert.All(documented, d => Assert.Equal(d.Code, Codes.GetValueOrDefault(d.Name)));
    }

    [GeneratedRegex(@"^## (SS\d{4}) (\w+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
