using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

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
                Markup(builder, items.All[from..items.Starts[i]]);
                Markup(builder, Item(filters[i].Filter, filters[i].Count, isCurrent: true));
                from = items.Starts[i + 1];
            }
        }

        Markup(builder, items.All[from..]);
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

    private static void Markup(RenderTreeBuilder builder, string html)
    {
        if (html.Length > 0)
        {
            builder.AddMarkupContent(0, html);
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
