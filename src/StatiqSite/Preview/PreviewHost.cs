using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;

namespace StatiqSite.Preview;

/// <summary>
/// A running preview: the first build, the server, the watchers and the rebuild loop. The command line
/// starts one; tests start one on port 0 and read <see cref="Port"/>.
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    /// <summary>
    /// Long enough to gather an editor's save (its temporary file, rename and backup come within a few
    /// milliseconds) into one build; every millisecond of it is added to edit-to-reload. A change that still
    /// comes later makes one more build, so a short wait costs a build, never a stale page.
    /// </summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(10);

    private readonly WebApplication app;
    private readonly IDisposable watch;
    private readonly CancellationTokenSource stopping;
    private readonly Task loop;

    private PreviewHost(WebApplication app, Rebuilder rebuilder, PreviewState state, IDisposable watch, CancellationTokenSource stopping, Task loop, int port)
    {
        this.app = app;
        Rebuilder = rebuilder;
        State = state;
        this.watch = watch;
        this.stopping = stopping;
        this.loop = loop;
        Port = port;
    }

    public int Port { get; }

    public Rebuilder Rebuilder { get; }

    public PreviewState State { get; }

    public static async Task<PreviewHost> StartAsync(BuildOptions options, string host, int port, Log log, DiagnosticFormat format, TimeSpan? debounce = null)
    {
        var state = new PreviewState(options.OutputPath, options.BaseUrl?.AbsolutePath ?? "/");
        var rebuilder = new Rebuilder(options, log, format, state, debounce ?? DefaultDebounce);

        // Watch before the first build, so that a change made while it runs is not missed.
        var watch = rebuilder.Watch();
        var stopping = new CancellationTokenSource();
        state.Stopping = stopping.Token;

        // The server starts while the first build runs; a request that comes first waits for the build.
        var built = rebuilder.FirstBuildAsync();
        state.FirstBuild = built;
        var app = PreviewServer.CreateApp(state, host, port);
        await Task.WhenAll(built, app.StartAsync(CancellationToken.None));
        int bound = BoundPort(app) ?? port;
        var loop = Task.Run(() => rebuilder.RunAsync(stopping.Token));
        return new PreviewHost(app, rebuilder, state, watch, stopping, loop, bound);
    }

    public async ValueTask DisposeAsync()
    {
        watch.Dispose();
        await stopping.CancelAsync();
        await loop;
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private static int? BoundPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (string address in addresses)
        {
            if (Uri.TryCreate(address.Replace("[::]", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            {
                return uri.Port;
            }
        }

        return null;
    }
}
