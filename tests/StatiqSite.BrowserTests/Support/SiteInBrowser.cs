using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Loading;
using StatiqSite.Pipelines;
using StatiqSite.Preview;

namespace StatiqSite.BrowserTests.Support;

/// <summary>
/// The real site, built once into a temp folder, served by the preview server's Kestrel app on
/// 127.0.0.1 with a port the system picks, and one headless Chromium shared by the tests.
/// </summary>
public sealed class SiteInBrowser : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "statiqsite-browser", Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public LoadedContent Content { get; private set; } = null!;

    /// <summary>Every file of the built site, as the build made it.</summary>
    public IReadOnlyList<Output> Outputs { get; private set; } = [];

    public async Task InitializeAsync()
    {
        if (!BrowserFactAttribute.Available && !BrowserFactAttribute.Required)
        {
            return;
        }

        string output = Path.Combine(root, "output");
        var outcome = await SiteBuilder.RunAsync(new BuildOptions { InputPath = Repo.Input, OutputPath = output, AssetsPath = Repo.Assets }, Log.Silent);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("the real site did not build:\n" + string.Join('\n', outcome.Diagnostics));
        }

        Outputs = outcome.Outputs;
        Content = ContentLoader.Load(Repo.Input, new DiagnosticBag());
        Content = Content with
        {
            Events = [.. Content.Events.Where(e => !e.Draft)],
            Briefings = [.. Content.Briefings.Where(b => !b.Draft)],
            Explainers = [.. Content.Explainers.Where(x => !x.Draft)],
        };

        app = PreviewServer.CreateApp(output, "/", "127.0.0.1", 0);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A fresh browser context and page that records console errors and uncaught exceptions.</summary>
    public async Task<WatchedPage> OpenAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        var page = await context.NewPageAsync();
        return new WatchedPage(context, page, BaseUrl);
    }
}

/// <summary>A page with the console errors and script exceptions it has seen.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> errors = new();
    private readonly string baseUrl;

    public WatchedPage(IBrowserContext context, IPage page, string baseUrl)
    {
        Context = context;
        Page = page;
        this.baseUrl = baseUrl;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Enqueue($"{page.Url}: console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Enqueue($"{page.Url}: uncaught: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Enqueue($"{page.Url}: HTTP {response.Status} for {response.Url}");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyCollection<string> Errors => errors;

    public Task<IResponse?> GotoAsync(string path) => Page.GotoAsync(baseUrl + path);

    public string PathOf() => new Uri(Page.Url).AbsolutePath;

    /// <summary>Fails with every console error and script exception seen, bar those <paramref name="expected"/> accepts.</summary>
    public void AssertNoErrors(Func<string, bool>? expected = null)
    {
        var unexpected = errors.Where(e => expected is null || !expected(e)).ToList();
        Assert.True(unexpected.Count == 0, "console errors:\n" + string.Join('\n', unexpected));
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}

[CollectionDefinition(Name)]
public sealed class SiteInBrowserCollection : ICollectionFixture<SiteInBrowser>
{
    public const string Name = "site in browser";
}
