using System.Net;
using System.Text.RegularExpressions;
using StatiqSite.Engine;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Preview;

/// <summary>Preview serves its first build before auditing it, then audits only what each rebuild changes.</summary>
public partial class PreviewAuditTests
{
    [Fact]
    public async Task The_first_build_is_audited_after_it_is_served_and_a_rebuild_parses_only_the_pages_it_changed()
    {
        var written = new StringWriter();
        var log = new Log(TextWriter.Synchronized(written), verbose: true);
        await using var preview = await PreviewFixture.StartAsync(log: log);
        Assert.Equal(HttpStatusCode.OK, (await preview.GetAsync("/")).StatusCode);

        // The first build's own log has no audit: that runs after it, before any rebuild.
        var first = await AuditLineAsync(written, 1);
        string text = written.ToString();
        Assert.True(text.IndexOf("Built ", StringComparison.Ordinal) is >= 0 and var built && built < AuditLine().Match(text).Index, text);
        Assert.Equal(first.Pages, first.Parsed);
        Assert.True(first.Pages > 5, $"{first.Pages} pages");

        var next = preview.Host.Rebuilder.NextBuild;
        preview.Site.Write("pages/about.md", File.ReadAllText(Path.Combine(preview.Site.Input, "pages", "about.md")).Replace("This site is a test.", "This site is still a test.", StringComparison.Ordinal));
        Assert.True((await next).Succeeded);

        var rebuilt = await AuditLineAsync(written, 2);
        Assert.Equal(first.Pages, rebuilt.Pages);
        Assert.InRange(rebuilt.Parsed, 1, first.Pages / 2);
    }

    private static async Task<(int Parsed, int Pages)> AuditLineAsync(StringWriter written, int nth)
    {
        for (int attempt = 0; attempt < 200; attempt++)
        {
            var lines = AuditLine().Matches(written.ToString());
            if (lines.Count >= nth)
            {
                Assert.Equal(nth, lines.Count);
                var line = lines[nth - 1];
                return (int.Parse(line.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(line.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"no audit line {nth} in the log:\n{written}");
    }

    [GeneratedRegex(@"audit: (\d+) of (\d+) pages parsed, none unsafe")]
    private static partial Regex AuditLine();
}
