using StatiqSite.Engine;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

/// <summary>The real input/ checks clean.</summary>
public class RealContentTests
{
    [Fact]
    public async Task The_real_input_checks_with_zero_diagnostics()
    {
        var outcome = await SiteBuilder.RunAsync(
            new BuildOptions { InputPath = Repo.Input, OutputPath = Path.Combine(Path.GetTempPath(), "unused"), CheckOnly = true, AssetsPath = Repo.Assets },
            Log.Silent);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        Assert.Empty(outcome.Diagnostics);
    }
}
