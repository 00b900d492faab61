using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Publishing;

namespace StatiqSite.Preview;

/// <summary>
/// <c>preview</c>: builds, serves the output folder on loopback with Kestrel the way a static CDN would
/// (clean URLs, the 404 page, <c>_redirects</c>), rebuilds when content or theme assets change, and
/// tells open pages to reload. A failed rebuild leaves the last good site being served, with its
/// problems shown over it.
/// </summary>
public static class PreviewServer
{
    public static async Task<int> RunAsync(BuildOptions options, string host, int port, Log log, DiagnosticFormat format, CancellationToken token)
    {
        await using var preview = await PreviewHost.StartAsync(options, host, port, log, format);
        string shown = host == "127.0.0.1" ? "localhost" : host;
        log.Info($"Serving {options.OutputPath} on http://{shown}:{preview.Port}{preview.State.BasePath} (Ctrl+C to stop)");
        log.Info($"Watching {options.InputPath} and {preview.Rebuilder.AssetsFolder}; pages reload on change.");
        try
        {
            await Task.Delay(Timeout.Infinite, token);
        }
        catch (OperationCanceledException)
        {
        }

        return 0;
    }

    /// <summary>A server for a finished output folder, without builds or live reload.</summary>
    public static WebApplication CreateApp(string outputPath, string basePath, string host, int port) =>
        CreateApp(PreviewState.ForFolder(outputPath, basePath), host, port);

    /// <param name="port">0 picks a free port; <see cref="PreviewHost.Port"/> tells which.</param>
    public static WebApplication CreateApp(PreviewState state, string host, int port)
    {
        var web = WebApplication.CreateSlimBuilder();
        web.Logging.ClearProviders();
        web.WebHost.UseKestrel(k => k.Listen(IPAddress.Parse(host), port));
        var app = web.Build();
        app.Run(context => Serve(context, state));
        return app;
    }

    private static async Task Serve(HttpContext context, PreviewState state)
    {
        // The same security headers as the static hosts, so a CSP violation shows up in preview too.
        foreach (var (name, value) in SecurityHeaders.All)
        {
            context.Response.Headers[name] = value;
        }

        string path = context.Request.Path.Value ?? "/";
        if (path.StartsWith(LiveReload.Prefix, StringComparison.Ordinal))
        {
            await ServePreviewEndpoint(context, state, path);
            return;
        }

        await state.FirstBuild;
        if (!state.HasGoodBuild)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await SendHtml(context, PreviewPages.NoBuildYet(state.Live.Build, state.Problems));
            return;
        }

        string root = state.OutputPath;
        string basePath = state.BasePath;
        if (!path.StartsWith(basePath, StringComparison.Ordinal) && path + "/" != basePath)
        {
            await NotFound(context, state);
            return;
        }

        string relative = path.Length > basePath.Length ? path[basePath.Length..] : string.Empty;
        string? file = StaticFiles.Resolve(root, relative, out bool unsafePath);
        if (unsafePath)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (state.Redirects.Find(path, file is not null) is var (rule, target))
        {
            await Redirect(context, state, rule, target);
            return;
        }

        if (file is null)
        {
            await NotFound(context, state);
            return;
        }

        if (Directory.Exists(Path.Combine(root, relative)) && !path.EndsWith('/'))
        {
            context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: false);
            return;
        }

        await SendFile(context, state, file);
    }

    private static async Task ServePreviewEndpoint(HttpContext context, PreviewState state, string path)
    {
        if (path == LiveReload.EventsPath)
        {
            await state.Live.ServeAsync(context, state.Stopping);
        }
        else if (path == LiveReload.ScriptPath || path == LiveReload.StylesheetPath)
        {
            bool script = path == LiveReload.ScriptPath;
            context.Response.ContentType = script ? ContentTypes.JavaScript : ContentTypes.Css;
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.WriteAsync(script ? LiveReload.Script : LiveReload.Stylesheet);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private static async Task Redirect(HttpContext context, PreviewState state, RedirectRule rule, string target)
    {
        if (rule.Status is 200 or 404)
        {
            // A rewrite: the target's content under the requested URL (or as the 404 page).
            string relative = target.StartsWith(state.BasePath, StringComparison.Ordinal) ? target[state.BasePath.Length..] : target.TrimStart('/');
            string? file = StaticFiles.Resolve(state.OutputPath, relative.Split('?')[0], out bool unsafePath);
            if (file is null || unsafePath)
            {
                await NotFound(context, state);
                return;
            }

            context.Response.StatusCode = rule.Status;
            await SendFile(context, state, file);
            return;
        }

        context.Response.StatusCode = rule.Status;
        context.Response.Headers.Location = target;
    }

    private static async Task NotFound(HttpContext context, PreviewState state)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        string page = Path.Combine(state.OutputPath, "404.html");
        if (File.Exists(page))
        {
            await SendFile(context, state, page);
        }
    }

    private static async Task SendFile(HttpContext context, PreviewState state, string file)
    {
        context.Response.ContentType = ContentTypes.ForPath(file) ?? ContentTypes.Unknown;
        context.Response.Headers.CacheControl = "no-cache";
        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && state.InjectScript)
        {
            byte[] html = await File.ReadAllBytesAsync(file, context.RequestAborted);
            await SendHtml(context, PreviewPages.Inject(html, state.Live.Build, state.Problems));
            return;
        }

        await context.Response.SendFileAsync(file, context.RequestAborted);
    }

    private static async Task SendHtml(HttpContext context, byte[] html)
    {
        context.Response.ContentType = ContentTypes.Html;
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = html.Length;
        await context.Response.Body.WriteAsync(html, context.RequestAborted);
    }
}
