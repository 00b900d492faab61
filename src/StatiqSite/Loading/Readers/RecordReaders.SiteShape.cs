using System.Collections.Immutable;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Loading.Readers;

/// <summary>The parts of site.yml that give the site its shape: navigation, key-player groups and the locator map.</summary>
public static partial class RecordReaders
{
    /// <summary>A list of navigation items, or null when the key is absent so that the theme's default applies.</summary>
    private static ImmutableArray<NavItem>? Navigation(Fields f, string key) =>
        f.Raw(key) is null ? null : f.Records(key, "navigation item", ReadNavItem);

    private static NavItem? ReadNavItem(Fields f)
    {
        var section = f.Choice<SiteSection>("section");
        string? page = f.Text("page");
        var url = f.AbsoluteUrl("url");
        string? label = f.Text("label");
        int targets = new[] { "section", "page", "url" }.Count(k => f.Raw(k) is not null);
        if (targets != 1)
        {
            f.Error(Codes.InvalidValue, f.At,
                $"a navigation item points at exactly one thing, but this one names {targets}; write 'section: timeline', 'page: about' or 'url: https://...', with an optional 'label:'");
            return null;
        }

        if (f.Raw("url") is not null && label is null)
        {
            f.Error(Codes.MissingField, f.At, "a navigation item with a 'url' needs a 'label' to show; add 'label: ...'");
            return null;
        }

        return (section, page, url) switch
        {
            ({ } s, _, _) => NavItem.For(s, label, f.Raw("section")!.At),
            (_, { } p, _) => new NavItem(NavTargetKind.Page, p, label, f.Raw("page")!.At),
            (_, _, { } u) => new NavItem(NavTargetKind.Url, u.AbsoluteUri, label, f.At),
            _ => null,
        };
    }

    private static ImmutableArray<KeyPlayerGroup> KeyPlayerGroups(Fields f)
    {
        var groups = f.Records("key_players", "key-player group", g =>
        {
            string? id = ReadId(g);
            string? label = g.Text("label", required: true);
            return id is null || label is null ? null : new KeyPlayerGroup(id, label, g.At);
        });
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups.Where(g => !seen.Add(g.Id)))
        {
            f.Error(Codes.DuplicateId, group.At, $"the key-player group '{group.Id}' is listed twice; give each group its own id");
        }

        return [.. groups.DistinctBy(g => g.Id, StringComparer.Ordinal)];
    }

    /// <summary>The map's settings; its outlines file is read once the input folder is known (<see cref="MapOutlinesReader"/>).</summary>
    private static MapSettings? Map(Fields f) => f.Record("map", "map", g =>
    {
        string? outlines = g.Text("outlines", required: true);
        string? highlight = g.Text("highlight", required: true);
        return outlines is null || highlight is null ? null : new MapSettings(outlines, highlight, g.Raw("outlines")!.At, g.Raw("highlight")!.At);
    });
}
