using StatiqSite.Content.Model;
using StatiqSite.Theme;

namespace StatiqSite.RenderSpike;

/// <summary>What the briefing page's slice takes: the same values the theme's BriefingPage component gets as parameters.</summary>
public sealed record BriefingModel(PageContext Page, Briefing Briefing, Briefing? Older, Briefing? Newer);

/// <summary>A slice's model when it needs the page and one more value, as a component gets its Page parameter and another.</summary>
public sealed record With<T>(PageContext Page, T Value);

/// <summary>The pager's parameters, as the theme's Pager component takes them.</summary>
public sealed record PagerModel(PageContext Page, string Label, string Noun, (string Title, string Url)? Previous, (string Title, string Url)? Next);

/// <summary>The breadcrumb trail between home and the page (the source generator does not read a tuple as a slice's model type).</summary>
public sealed record TrailModel(PageContext Page, IReadOnlyList<(string Label, string Url)> Trail);

/// <summary>A document's updated day and length, as the theme's DocumentMeta component takes them.</summary>
public sealed record DocumentMetaModel(PageContext Page, DateOnly? Updated, int Words);
