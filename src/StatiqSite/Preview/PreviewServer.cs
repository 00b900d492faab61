using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StatiqSite.Cli;
using StatiqSite.Engine;
using StatiqSite.Publishing;

namespace StatiqSite.Preview;

/// <summary>
/// <c>preview</c>: builds, serves the output folder on loopback with Kestrel, and rebuilds when content
/// or theme assets change. A failed rebuild leaves the last good site being served.
/// </summary>
public static class PreviewServer
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);

    public static async Task<int> RunAsync(BuildOptions options, string host, int port, Log log, DiagnosticFormat format, CancellationToken token)
    {
        var builder = new Rebuilder(options, log, format);
        await builder.BuildAsync();

        var app = CreateApp(options.OutputPath, BasePath(options), host, port);
        await app.StartAsync(token);
        log.Info($"Serving {options.OutputPath} on http://{(host == "127.0.0.1" ? "localhost" : host)}:{port}{BasePath(options)} (Ctrl+C to stop)");

        using var watcher = Watch(options, builder.Schedule);
        try
        {
            await Task.Delay(Timeout.Infinite, token);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    public static WebApplication CreateApp(string outputPath, string basePath, string host, int port)
    {
        var web = WebApplication.CreateSlimBuilder();
        web.Logging.ClearProviders();
        web.WebHost.UseKestrel(k => k.Listen(IPAddress.Parse(host), port));
        var app = web.Build();
        app.Run(context => Serve(context, outputPath, basePath));
        return app;
    }

    private static async Task Serve(HttpContext context, string root, string basePath)
    {
        // The same security headers as the static hosts, so a CSP violation shows up in preview too.
        foreach (var (name, value) in SecurityHeaders.All)
        {
            context.Response.Headers[name] = value;
        }

        string path = context.Request.Path.Value ?? "/";
        if (!path.StartsWith(basePath, StringComparison.Ordinal) && path + "/" != basePath)
        {
            await NotFound(context, root);
            return;
        }

        string relative = path.Length > basePath.Length ? path[basePath.Length..] : string.Empty;
        string? file = StaticFiles.Resolve(root, relative, out bool unsafePath);
        if (unsafePath)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (file is null)
        {
            await NotFound(context, root);
            return;
        }

        if (Directory.Exists(Path.Combine(root, relative)) && !path.EndsWith('/'))
        {
            context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: false);
            return;
        }

        context.Response.ContentType = StaticFiles.ContentType(file);
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.SendFileAsync(file);
    }

    private static async Task NotFound(HttpContext context, string root)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        string page = Path.Combine(root, "404.html");
        if (File.Exists(page))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(page);
        }
    }

    private static string BasePath(BuildOptions options) => options.BaseUrl?.AbsolutePath ?? "/";

    private static FileSystemWatcher Watch(BuildOptions options, Action changed)
    {
        var watcher = new FileSystemWatcher(options.InputPath) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Changed += (_, _) => changed();
        watcher.Created += (_, _) => changed();
        watcher.Deleted += (_, _) => changed();
        watcher.Renamed += (_, _) => changed();
        return watcher;
    }

    /// <summary>Coalesces the bursts of events an editor's save makes into one rebuild.</summary>
    private sealed class Rebuilder(BuildOptions options, Log log, DiagnosticFormat format)
    {
        private readonly SemaphoreSlim gate = new(1, 1);
        private Timer? timer;

        public void Schedule()
        {
            timer?.Dispose();
            timer = new Timer(_ => _ = BuildAsync(), null, Debounce, Timeout.InfiniteTimeSpan);
        }

        public async Task BuildAsync()
        {
            await gate.WaitAsync();
            try
            {
                var outcome = await SiteBuilder.RunAsync(options, log);
                DiagnosticPrinter.Print(outcome.Diagnostics, Console.Error, format);
                log.Info(outcome.Succeeded ? $"Rebuilt {outcome.Outputs.Count} files." : "Build failed; still serving the last good build.");
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
