using System.Security.Cryptography;
using StatiqSite.Engine;
using StatiqSite.Rendering;
using StatiqSite.Theme;

namespace StatiqSite.Pipelines;

/// <summary>
/// The theme's stylesheet and script (or the site's own, <see cref="SiteAssets"/>), fingerprinted by content
/// hash so that hosts can cache them forever, the site's other assets, and the renderer that draws the theme's components.
/// </summary>
public sealed class ThemePipeline : Pipeline, IDisposable
{
    private byte[] css = [];
    private byte[] js = [];
    private byte[] icon = [];
    private (string Path, string Shown) cssFile, jsFile, iconFile;
    private List<Output> extra = [];

    public ThemeAssets Assets { get; private set; } = null!;

    /// <summary>Made when the build starts, with the components the site replaces.</summary>
    public PageRenderer Renderer { get; private set; } = null!;

    /// <summary>File names of the fingerprinted assets under assets/, e.g. site.3f2a9c1b.css.</summary>
    public string StylesheetFile { get; private set; } = string.Empty;

    public string ScriptFile { get; private set; } = string.Empty;

    public override IReadOnlyList<Type> Dependencies => [typeof(ContentPipeline)];

    public override async Task InputAsync(PipelineContext context)
    {
        Renderer = new PageRenderer(ComponentOverrides.Find(context.Options.SiteAssemblies, context.Diagnostics));
        cssFile = SiteAssets.Locate(context.Options, "site.css");
        jsFile = SiteAssets.Locate(context.Options, "app.js");
        iconFile = SiteAssets.Locate(context.Options, "favicon.ico");
        css = await File.ReadAllBytesAsync(cssFile.Path, context.Cancellation);
        js = await File.ReadAllBytesAsync(jsFile.Path, context.Cancellation);
        icon = await File.ReadAllBytesAsync(iconFile.Path, context.Cancellation);
        extra = [.. SiteAssets.Extra(context.Options, context.Diagnostics, Name)];
    }

    public override Task ProcessAsync(PipelineContext context)
    {
        var urls = context.Get<ContentPipeline>().Site.Urls;
        StylesheetFile = $"site.{Hash(css)}.css";
        ScriptFile = $"app.{Hash(js)}.js";
        Assets = new ThemeAssets(urls.Asset(StylesheetFile), urls.Asset(ScriptFile));
        context.Add(new Output("assets/" + StylesheetFile, css, ContentTypes.Css, cssFile.Shown, Name));
        context.Add(new Output("assets/" + ScriptFile, js, ContentTypes.JavaScript, jsFile.Shown, Name));
        foreach (var output in extra)
        {
            context.Add(output);
        }


        // Browsers ask for /favicon.ico whether or not a page names an icon; answering it keeps their
        // consoles and the host's logs free of 404s.
        context.Add(new Output("favicon.ico", icon, ContentTypes.Icon, iconFile.Shown, Name));
        return Task.CompletedTask;
    }

    public void Dispose() => Renderer?.Dispose();

    /// <summary>The theme's assets: from the source tree when building inside it (so edits show at once), else beside the program.</summary>
    public static string AssetsFolder(BuildOptions options)
    {
        if (options.AssetsPath is { } explicitPath)
        {
            return explicitPath;
        }

        string source = Path.Combine(Directory.GetCurrentDirectory(), "theme", "assets");
        return File.Exists(Path.Combine(source, "site.css")) ? source : Path.Combine(AppContext.BaseDirectory, "theme-assets");
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
}
