using System.Collections.Immutable;
using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Loading;
using StatiqSite.Markup;
using StatiqSite.Markup.Extensions.ActorMentions;
using StatiqSite.Validation;

namespace StatiqSite.Pipelines;

/// <summary>
/// Reads <c>input/</c> into typed records (Input), then checks references and renders MarkdownText into
/// the <see cref="Site"/> that every page pipeline reads (Process).
/// </summary>
public sealed class ContentPipeline : Pipeline
{
    private LoadedContent? loaded;

    public Site Site { get; private set; } = null!;

    public override Task InputAsync(PipelineContext context)
    {
        loaded = ContentLoader.Load(context.Options.InputPath, context.Diagnostics, context.Options.Parallel());
        return Task.CompletedTask;
    }

    public override Task ProcessAsync(PipelineContext context)
    {
        var content = Published(loaded!, context.Options.Drafts);
        var validator = new ContentValidator(content, context.Diagnostics);
        validator.Validate();
        if (context.Diagnostics.HasErrors || content.Settings is null)
        {
            return Task.CompletedTask;
        }

        var settings = context.Options.BaseUrl is { } baseUrl ? content.Settings with { BaseUrl = baseUrl } : content.Settings;
        var parallel = context.Options.Parallel();
        var markup = new MarkupContext(new Urls(settings.BasePath), validator, content.Actors.ToDictionary(a => a.Id, a => a.Role, StringComparer.Ordinal), context.Diagnostics,
            ActorNames.From(content.Actors));
        Site = new Site(
            settings,
            content.Themes,
            [.. content.Eras.Select(e => e with { Summary = Inline(e.Summary, e.Origin) })],
            content.Sources,
            Parallel(content.Actors, a => a with { Summary = Inline(a.Summary, a.Origin) }, parallel),
            Parallel(content.Events, e => e with { Summary = Inline(e.Summary, e.Origin) }, parallel),
            [.. content.Figures.Select(f => f with { Summary = Inline(f.Summary, f.Origin) })],
            Parallel(content.Briefings, b => b with { Body = Full(b.Body, b.Origin) }, parallel),
            Parallel(content.Explainers, x => x with { Body = Full(x.Body, x.Origin) }, parallel),
            Parallel(content.Pages, p => p with { Body = Full(p.Body, p.Origin) }, parallel),
            context.Options.Drafts)
        {
            Corrections = [.. content.Corrections.Select(c => c with { What = Inline(c.What, c.Origin) })],
        };
        return Task.CompletedTask;

        MarkdownText Inline(MarkdownText md, Origin origin) => MarkupRenderer.Render(md, origin, markup, allowShortcodes: false);

        MarkdownText Full(MarkdownText md, Origin origin) => MarkupRenderer.Render(md, origin, markup, allowShortcodes: true, linkMentions: true);
    }

    private static ImmutableArray<T> Parallel<T>(ImmutableArray<T> items, Func<T, T> map, ParallelOptions parallel)
    {
        var result = new T[items.Length];
        System.Threading.Tasks.Parallel.For(0, items.Length, parallel, i => result[i] = map(items[i]));
        return [.. result];
    }

    /// <summary>Drafts are left out unless asked for, before validation, so nothing published can point at one.</summary>
    private static LoadedContent Published(LoadedContent content, bool drafts) => drafts
        ? content
        : content with
        {
            Events = [.. content.Events.Where(e => !e.Draft)],
            Briefings = [.. content.Briefings.Where(b => !b.Draft)],
            Explainers = [.. content.Explainers.Where(x => !x.Draft)],
        };
}
