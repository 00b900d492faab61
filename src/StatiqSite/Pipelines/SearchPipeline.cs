using System.Security.Cryptography;
using StatiqSite.Discovery.Search;
using StatiqSite.Engine;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>
/// Search: the index, built here in C# over every page, the small script that queries it (loaded by
/// the search page only), and the /search/ page, which works as a plain link list without JavaScript.
/// </summary>
public sealed class SearchPipeline : PagePipeline
{
    private byte[] script = [];
    private string scriptShown = string.Empty;

    public override async Task InputAsync(PipelineContext context)
    {
        (string path, scriptShown) = SiteAssets.Locate(context.Options, "search.js");
        script = await File.ReadAllBytesAsync(path, context.Cancellation);
    }

    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        var cache = context.Session?.Cache<SearchIndexCache>();
        var parallel = context.Options.Parallel();
        var files = SearchIndexBuilder.Build(SearchDocuments.From(site, cache, parallel), new SearchText(site.Language.Search), cache, parallel);
        foreach (var file in files)
        {
            context.Add(new Output(file.Path, file.Bytes, ContentTypes.Json, null, Name));
        }

        string scriptFile = $"search.{Convert.ToHexStringLower(SHA256.HashData(script))[..10]}.js";
        context.Add(new Output("assets/" + scriptFile, script, ContentTypes.JavaScript, scriptShown, Name));

        var meta = new PageMeta(StringsOf(context).Search.Title, StringsOf(context).Search.Description, site.Urls.Search, "search");
        context.Add(Render<SearchPage>(
            context,
            meta,
            (nameof(SearchPage.IndexUrl), site.Urls.BasePath + SearchIndexBuilder.ManifestPath),
            (nameof(SearchPage.ScriptUrl), site.Urls.Asset(scriptFile))));
        return Task.CompletedTask;
    }
}
