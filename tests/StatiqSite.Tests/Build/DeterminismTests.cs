using System.Globalization;
using StatiqSite.Engine;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

/// <summary>The real site is byte-identical whatever the machine's culture.</summary>
public class DeterminismTests
{
    [Fact]
    public async Task The_real_site_is_the_same_under_any_culture()
    {
        var first = await BuildUnder("en-US");
        var second = await BuildUnder("ar-SA");
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in first)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between cultures");
        }
    }

    private static async Task<Dictionary<string, byte[]>> BuildUnder(string culture)
    {
        var before = (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var outcome = await SiteBuilder.RunAsync(
                new BuildOptions { InputPath = Repo.Input, OutputPath = "unused", CheckOnly = true, AssetsPath = Repo.Assets },
                Log.Silent);
            Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
            return outcome.Outputs.ToDictionary(o => o.Path, o => o.Bytes.ToArray(), StringComparer.Ordinal);
        }
        finally
        {
            CultureInfo.DefaultThreadCurrentCulture = before.DefaultThreadCurrentCulture;
            CultureInfo.CurrentCulture = before.CurrentCulture;
        }
    }
}
