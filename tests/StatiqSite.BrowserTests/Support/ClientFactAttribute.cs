namespace StatiqSite.BrowserTests.Support;

/// <summary>
/// A test that reads our files with a real client from the npm registry, installed in tests/clients by
/// <c>npm ci --prefix tests/clients</c> (CI does it), in Chromium. Without the client or the browser it is
/// skipped with the reason shown, unless STATIQSITE_REQUIRE_BROWSER=1, when it fails instead.
/// </summary>
public sealed class ClientFactAttribute : FactAttribute
{
    public ClientFactAttribute(string package)
    {
        if (BrowserFactAttribute.Required)
        {
            return;
        }

        if (!BrowserFactAttribute.Available)
        {
            Skip = $"Chromium was not found at {BrowserFactAttribute.ChromiumPath}: install it with 'apt-get install chromium'.";
        }
        else if (!Directory.Exists(Repo.Client(package)))
        {
            Skip = $"{package} was not found in tests/clients: install the test clients with 'npm ci --prefix tests/clients'. Set STATIQSITE_REQUIRE_BROWSER=1 to make this a failure.";
        }
    }
}
