using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using StatiqSite.Content.Model;

namespace StatiqSite.Theme.Components;

/// <summary>
/// A list of timeline filters (themes or actors) as <c>&lt;li&gt;</c> items: each filter's page URL for
/// everyone, its token and label for the script, and <c>aria-current</c> on the page's own filter.
/// Every timeline page repeats both lists in full (with many actors, a third of their bytes), so each
/// list is written once per build as markup and a page only marks its own filter current. Values go
/// through the HTML encoder the renderer uses, so the bytes are those a component would write.
/// </summary>
public static class FilterListHtml
{
    private static readonly ConditionalWeakTable<IReadOnlyList<(TimelineFilter Filter, int Count)>, Items> Cache = new();

    /// <summary>The <c>&lt;li&gt;</c> items of <paramref name="filters"/>, with <paramref name="current"/> marked as the page.</summary>
    public static RenderFragment For(IReadOnlyList<(TimelineFilter Filter, int Count)> filters, TimelineFilter? current) => builder =>
    {
        var items = Cache.GetValue(filters, static list => new Items(list));
        int from = 0;
        for (int i = 0; current is not null && i < filters.Count; i++)
        {
            if (filters[i].Filter == current)
            {
                Markup(builder, filters, items, from, i);
                Markup(builder, Item(filters[i].Filter, filters[i].Count, isCurrent: true), [filters[i].Filter.Url]);
                from = i + 1;
            }
        }

        Markup(builder, filters, items, from, filters.Count);
    };

    /// <summary>One filter's item.</summary>
    public static string Item(TimelineFilter filter, int count, bool isCurrent)
    {
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder("<li><a href=\"")
            .Append(encoder.Encode(filter.Url))
            .Append("\" data-filter=\"").Append(encoder.Encode(filter.Token))
            .Append("\" data-label=\"").Append(encoder.Encode(filter.Label))
            .Append(isCurrent ? "\" aria-current=\"page\">" : "\">")
            .Append(encoder.Encode(filter.Label))
            .Append(" <span class=\"count\">(").Append(count.ToString(CultureInfo.InvariantCulture)).Append(")</span></a></li>");
        return html.ToString();
    }

    /// <summary>The items of the filters from <paramref name="first"/> up to <paramref name="end"/>, unmarked.</summary>
    private static void Markup(RenderTreeBuilder builder, IReadOnlyList<(TimelineFilter Filter, int Count)> filters, Items items, int first, int end) =>
        Markup(builder, items.All[items.Starts[first]..items.Starts[end]], [.. filters.Take(end).Skip(first).Select(f => f.Filter.Url)]);

    // Markup the renderer cannot see into: its links are handed over with it, for the link check.
    private static void Markup(RenderTreeBuilder builder, string html, string[] links)
    {
        if (html.Length > 0)
        {
            builder.AddMarkupContent(0, RenderedMarkup.Remember(html, [.. links.Select(url => new PageLink(url, null))]));
        }
    }

    private sealed class Items
    {
        public Items(IReadOnlyList<(TimelineFilter Filter, int Count)> filters)
        {
            var all = new StringBuilder();
            Starts = new int[filters.Count + 1];
            for (int i = 0; i < filters.Count; i++)
            {
                Starts[i] = all.Length;
                all.Append(Item(filters[i].Filter, filters[i].Count, isCurrent: false));
            }

            Starts[filters.Count] = all.Length;
            All = all.ToString();
        }

        public string All { get; }

        public int[] Starts { get; }
    }
}
