using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using StatiqSite.Preview;

namespace StatiqSite.Tests.Support;

/// <summary>A built site served by the preview server's Kestrel app on 127.0.0.1 and a free port.</summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private SiteServer(WebApplication app, Uri root)
    {
        this.app = app;
        Root = root;
    }

    /// <summary>http://127.0.0.1:port/ (the base path is not included).</summary>
    public Uri Root { get; }

    public static async Task<SiteServer> StartAsync(string outputFolder, string basePath)
    {
        var app = PreviewServer.CreateApp(outputFolder, basePath, "127.0.0.1", 0);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SiteServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
