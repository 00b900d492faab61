using StatiqSite.Engine;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Robustness;

/// <summary>
/// The real site works under its own Content-Security-Policy (Publishing/SecurityHeaders.cs): nothing inline
/// that the policy would block, and every resource a page loads comes from the site itself.
/// </summary>
public sealed class ContentSecurityPolicyTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Every_page_of_the_real_site_keeps_to_the_policy()
    {
        string output = temp.Combine("site");
        var outcome = await SiteBuilder.RunAsync(new BuildOptions { InputPath = Repo.Input, OutputPath = output, AssetsPath = Repo.Assets }, Log.Silent);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));

        var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        foreach (string page in pages)
        {
            string name = Path.GetRelativePath(output, page);
            var document = Html.Load(output, name);
            Assert.True(document.QuerySelectorAll("[style]").Length == 0, $"{name}: a style attribute, which style-src 'self' blocks");
            Assert.True(document.QuerySelectorAll("style").Length == 0, $"{name}: a <style> element, which style-src 'self' blocks");
            foreach (var script in document.QuerySelectorAll("script"))
            {
                Assert.True(script.GetAttribute("src") is { } src && IsOwn(src) || script.GetAttribute("type") is "application/ld+json" or "application/json",
                    $"{name}: {script.OuterHtml}, which script-src 'self' blocks");
            }

            foreach (var element in document.QuerySelectorAll("link[rel~=stylesheet], link[rel~=icon], link[rel~=preload], img, source, video, audio, track"))
            {
                string? url = element.GetAttribute("href") ?? element.GetAttribute("src");
                Assert.True(url is null || IsOwn(url),
                    $"{name}: {element.OuterHtml} loads from elsewhere, which default-src 'self' blocks");
            }
        }
    }

    private static bool IsOwn(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);
}
