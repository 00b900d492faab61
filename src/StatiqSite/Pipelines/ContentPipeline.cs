using System.Collections.Frozen;
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

    /// <summary>The reader-facing strings of the site's language, with the site's overrides.</summary>
    public Theme.Strings.SiteStrings Strings { get; private set; } = null!;

    public override Task InputAsync(PipelineContext context)
    {
        var cache = context.Session?.Cache<Incremental.FileCache>();
        cache?.ResetCount();
        loaded = ContentLoader.Load(context.Options.InputPath, context.Diagnostics, context.Options.Parallel(), cache is null ? null : cache.Read);
        cache?.Keep(loaded.Files);
        return Task.CompletedTask;
    }

    public override Task ProcessAsync(PipelineContext context)
    {
        var content = Published(loaded!, context.Options.Drafts);
        var validator = new ContentValidator(content, context.Diagnostics, loaded!.Events.Where(e => e.Draft && !context.Options.Drafts).Select(e => e.Id));
        validator.Validate();
        var language = content.Settings is null ? null : LanguageLoader.Resolve(content.Settings, content.LanguageRules, context.Diagnostics);
        if (context.Options.CheckOnly)
        {
            CitedParagraphs.Check(content, context.Diagnostics);
            Validation.Style.StyleCheck.Run(content, language?.Abbreviations ?? [], context.Diagnostics);
        }

        // A language without rules is reported once, by the rules; its strings are looked for once it has them.
        if (content.Settings is not null && language is not null && StringsLoader.Load(content.Settings, content.StringsFiles, context.Diagnostics) is { } strings)
        {
            Strings = strings;
        }

        if (context.Diagnostics.HasErrors || content.Settings is null || language is null)
        {
            return Task.CompletedTask;
        }

        var settings = context.Options.BaseUrl is { } baseUrl ? content.Settings with { BaseUrl = baseUrl } : content.Settings;
        var parallel = context.Options.Parallel();
        var markup = new MarkupContext(new Urls(settings.BasePath), validator, content.Actors.ToDictionary(a => a.Id, a => a.Role, StringComparer.Ordinal), context.Diagnostics,
            ActorNames.From(content.Actors))
        {
            Abbreviations = language.Abbreviations.ToFrozenSet(StringComparer.Ordinal),
        };
        var cache = context.Session?.Cache<Incremental.MarkupCache>();
        cache?.Begin(content, settings.BasePath);
        Site = new Site(
            settings,
            content.Themes,
            [.. content.Eras.Select(e => Record(e, e.Origin, e.Summary, s => e with { Summary = s }, inline: true))],
            [.. content.Sources.Select(s => s.Notes is null ? s : Record(s, s.Origin, s.Notes, n => s with { Notes = n }, inline: true))],
            Parallel(content.Actors, a => Record(a, a.Origin, a.Summary, s => a with { Summary = s }, inline: true), parallel),
            Parallel(content.Events, Event, parallel),
            [.. content.Figures.Select(f => Record(f, f.Origin, f.Summary, s => f with { Summary = s }, inline: true))],
            Parallel(content.Briefings, b => Record(b, b.Origin, b.Body, s => b with { Body = s }, inline: false), parallel),
            Parallel(content.Explainers, x => Record(x, x.Origin, x.Body, s => x with { Body = s }, inline: false), parallel),
            Parallel(content.Pages, p => Record(p, p.Origin, p.Body, s => p with { Body = s }, inline: false), parallel),
            validator.Chronology,
            context.Options.Drafts)
        {
            Language = language,
            Corrections = [.. content.Corrections.Select(c => Record(c, c.Origin, c.What, s => c with { What = s }, inline: true))],
        };
        return Task.CompletedTask;

        // Summaries and notes are inline Markdown without shortcodes; bodies may place event cards and figure
        // panels, and link each actor's first mention.
        T Record<T>(T record, Origin origin, MarkdownText text, Func<MarkdownText, T> with, bool inline)
            where T : class
        {
            var rendered = Render(text, origin, inline);
            return cache is null ? with(rendered) : cache.Record(record, () => with(rendered), rendered);
        }

        // An event has three texts: the summary, and the notes and disagreements shown on its own page.
        Event Event(Event e)
        {
            var summary = Render(e.Summary, e.Origin, inline: true);
            var notes = e.Notes is null ? null : Render(e.Notes, e.Origin, inline: true);
            var disputed = e.Disputed is null ? null : Render(e.Disputed, e.Origin, inline: true);
            Event Make() => e with { Summary = summary, Notes = notes, Disputed = disputed };
            return cache is null ? Make() : cache.Record(e, Make, summary, notes ?? MarkdownText.Empty, disputed ?? MarkdownText.Empty);
        }

        MarkdownText Render(MarkdownText text, Origin origin, bool inline) => cache is null
            ? MarkupRenderer.Render(text, origin, markup, allowShortcodes: !inline, linkMentions: !inline)
            : cache.Render(text, origin, markup, allowShortcodes: !inline, linkMentions: !inline);
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
