namespace StatiqSite.BrowserTests.Support;

/// <summary>
/// A test that needs Chromium. Without /usr/bin/chromium it is skipped with the reason shown, unless
/// STATIQSITE_REQUIRE_BROWSER=1 (set by CI), in which case it runs and fails on the missing browser.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!Available && !Required)
        {
            Skip = $"Chromium was not found at {ChromiumPath}: install it with 'apt-get install chromium'. Set STATIQSITE_REQUIRE_BROWSER=1 to make this a failure.";
        }
    }

    public static bool Available => File.Exists(ChromiumPath);

    public static bool Required => Environment.GetEnvironmentVariable("STATIQSITE_REQUIRE_BROWSER") == "1";
}
