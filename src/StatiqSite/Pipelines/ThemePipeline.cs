using System.Security.Cryptography;
using StatiqSite.Engine;
using StatiqSite.Rendering;
using StatiqSite.Theme;

namespace StatiqSite.Pipelines;

/// <summary>
/// The theme's stylesheet and script, fingerprinted by content hash so that hosts can cache them
/// forever, and the renderer that draws the theme's components.
/// </summary>
public sealed class ThemePipeline : Pipeline, IDisposable
{
    private byte[] css = [];
    private byte[] js = [];
    private byte[] icon = [];

    public ThemeAssets Assets { get; private set; } = null!;

    public PageRenderer Renderer { get; } = new();

    /// <summary>File names of the fingerprinted assets under assets/, e.g. site.3f2a9c1b.css.</summary>
    public string StylesheetFile { get; private set; } = string.Empty;

    public string ScriptFile { get; private set; } = string.Empty;

    public override IReadOnlyList<Type> Dependencies => [typeof(ContentPipeline)];

    public override async Task InputAsync(PipelineContext context)
    {
        string folder = AssetsFolder(context.Options);
        css = await File.ReadAllBytesAsync(Path.Combine(folder, "site.css"), context.Cancellation);
        js = await File.ReadAllBytesAsync(Path.Combine(folder, "app.js"), context.Cancellation);
        icon = await File.ReadAllBytesAsync(Path.Combine(folder, "favicon.ico"), context.Cancellation);
    }

    public override Task ProcessAsync(PipelineContext context)
    {
        var urls = context.Get<ContentPipeline>().Site.Urls;
        StylesheetFile = $"site.{Hash(css)}.css";
        ScriptFile = $"app.{Hash(js)}.js";
        Assets = new ThemeAssets(urls.Asset(StylesheetFile), urls.Asset(ScriptFile));
        context.Add(new Output("assets/" + StylesheetFile, css, ContentTypes.Css, "theme/assets/site.css", Name));
        context.Add(new Output("assets/" + ScriptFile, js, ContentTypes.JavaScript, "theme/assets/app.js", Name));

        // Browsers ask for /favicon.ico whether or not a page names an icon; answering it keeps their
        // consoles and the host's logs free of 404s.
        context.Add(new Output("favicon.ico", icon, ContentTypes.Icon, "theme/assets/favicon.ico", Name));
        return Task.CompletedTask;
    }

    public void Dispose() => Renderer.Dispose();

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
