using StatiqSite.Discovery.Data;
using StatiqSite.Discovery.Timeline;
using StatiqSite.Engine;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>
/// /data/: the site's records as JSON and CSV downloads, the timeline in TimelineJS format, and the page
/// that documents every field and lists the files as a schema.org Dataset.
/// </summary>
public sealed class DataPipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        var copy = StringsOf(context).Data;
        var files = new (string Name, Func<byte[]> Build, string Description)[]
        {
            ("events.json", () => EventData.Json(site), copy.FileEventsJson),
            ("events.csv", () => EventData.Csv(site), copy.FileEventsCsv),
            ("actors.json", () => ActorData.Json(site), copy.FileActorsJson),
            ("actors.csv", () => ActorData.Csv(site), copy.FileActorsCsv),
            ("figures.json", () => FigureData.Json(site), copy.FileFiguresJson),
            ("figures.csv", () => FigureData.Csv(site), copy.FileFiguresCsv),
            ("sources.json", () => SourceData.Json(site), copy.FileSourcesJson),
            ("sources.csv", () => SourceData.Csv(site), copy.FileSourcesCsv),
            ("timeline.json", () => TimelineJs.Json(site), copy.FileTimelineJson),
        };

        var downloads = new List<DataDownload>(files.Length);
        foreach (var file in files)
        {
            // In preview, a file is made again only when something it read of the site changed (see PageCache).
            string url = site.Urls.DataFile(file.Name);
            string path = site.Urls.FileFor(url);
            string type = ContentTypes.ForPath(file.Name)!;
            Output Build() => new(path, file.Build(), type, null, Name);
            var output = context.Session is { } session ? session.Cache<Incremental.PageCache>().GetOrDraw(path, [], site, Build) : Build();
            context.Add(output);
            downloads.Add(new DataDownload(file.Name, url, ContentTypes.MediaType(type), output.Bytes.Length, file.Description));
        }

        var meta = new PageMeta(StringsOf(context).Data.Title, StringsOf(context).Data.Description, site.Urls.Data, "data");
        meta = meta with { JsonLd = DatasetJsonLd.Build(site, meta, downloads) };
        context.Add(Render<DataPage>(context, meta, (nameof(DataPage.Downloads), (IReadOnlyList<DataDownload>)downloads)));
        return Task.CompletedTask;
    }
}
