using StatiqSite.BrowserTests.Support;
using StatiqSite.Publishing;

namespace StatiqSite.BrowserTests;

/// <summary>
/// The production Content-Security-Policy holds in a real browser: every sample page is served with
/// it, and Chromium reports no violation (no inline script or style, no foreign source).
/// </summary>
[Collection(SiteInBrowserCollection.Name)]
public class ContentSecurityPolicyTests(SiteInBrowser site)
{
    [BrowserFact]
    public async Task Every_sample_page_is_served_with_the_policy_and_violates_none_of_it()
    {
        await using var watched = await site.OpenAsync();
        // Collected in the page itself, because a violation is an event the page sees, whatever the console says.
        await watched.Page.AddInitScriptAsync(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");

        foreach (var (name, path) in SamplePages.Of(site.Content))
        {
            var response = await watched.GotoAsync(path);
            Assert.NotNull(response);
            var headers = await response.AllHeadersAsync();
            Assert.True(headers.TryGetValue("content-security-policy", out string? policy), $"{name}: no Content-Security-Policy header");
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, policy);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);

            var violations = await watched.Page.EvaluateAsync<string[]>("window.__violations");
            Assert.True(violations.Length == 0, $"{name}: {string.Join("; ", violations)}");
        }

        watched.AssertNoErrors(SamplePages.IsMissingPageStatus);
        Assert.DoesNotContain(watched.Errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }
}
