using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Preview;

namespace StatiqSite.Tests.Support;

/// <summary>
/// A running preview of the fixture site on 127.0.0.1 with a port the system picks, with its own copy of
/// the theme's assets so that tests can edit the stylesheet.
/// </summary>
public sealed class PreviewFixture : IAsyncDisposable
{
    private PreviewFixture(FixtureSite site, string assets, PreviewHost host)
    {
        Site = site;
        Assets = assets;
        Host = host;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = AddressOf(host) };
    }

    public FixtureSite Site { get; }

    public string Assets { get; }

    public PreviewHost Host { get; }

    public HttpClient Http { get; }

    /// <param name="debounce">Tests of bursts use a long quiet period, so that a slow machine still sees one burst.</param>
    /// <param name="log">Where preview's log goes; nowhere unless given.</param>
    public static async Task<PreviewFixture> StartAsync(TimeSpan? debounce = null, Action<FixtureSite>? prepare = null, Log? log = null)
    {
        var site = new FixtureSite();
        prepare?.Invoke(site);
        string assets = Path.Combine(Path.GetDirectoryName(site.Input)!, "assets");
        Directory.CreateDirectory(assets);
        foreach (string file in Directory.GetFiles(Repo.Assets))
        {
            File.Copy(file, Path.Combine(assets, Path.GetFileName(file)));
        }

        // As the command line starts it: drafts shown, pages audited.
        var options = site.Options() with { AssetsPath = assets, Drafts = true, Audit = true };
        var host = await PreviewHost.StartAsync(options, "127.0.0.1", 0, log ?? Log.Silent, DiagnosticFormat.Text, debounce);
        return new PreviewFixture(site, assets, host);
    }

    /// <summary>Where a preview started on 127.0.0.1 answers.</summary>
    public static Uri AddressOf(PreviewHost host) => new($"http://127.0.0.1:{host.Port}/");

    public Task<string> GetStringAsync(string path) => Http.GetStringAsync(new Uri(path, UriKind.Relative));

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(new Uri(path, UriKind.Relative));

    public Task<EventStream> EventsAsync() => EventStream.OpenAsync(AddressOf(Host));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        Site.Dispose();
    }
}
