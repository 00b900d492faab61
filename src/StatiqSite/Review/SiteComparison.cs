namespace StatiqSite.Review;

/// <summary>Compares two builds page by page and sorts what changed into the report's groups.</summary>
public static class SiteComparison
{
    public static DiffReport Compare(SiteSnapshot before, SiteSnapshot after, DiffReport header)
    {
        var added = new List<PageChange>();
        var removed = new List<PageChange>();
        var changed = new List<PageChange>();
        var markup = new List<PageChange>();
        var incidental = new List<PageChange>();
        var paths = before.Pages.Union(after.Pages).Order(StringComparer.Ordinal).ToList();

        // Parsing is the costly part, and pages are independent.
        var compared = new System.Collections.Concurrent.ConcurrentDictionary<string, (Group, PageChange)>(StringComparer.Ordinal);
        Parallel.ForEach(paths.Where(p => before.Files.ContainsKey(p) && after.Files.ContainsKey(p) && !after.SameBytes(p, before)), path =>
        {
            string a = before.Files[path].AsText(), b = after.Files[path].AsText();
            var page = new PageChange(after.Url(path), string.Empty, after.Source(path) ?? before.Source(path));
            compared[path] = PageView.SameButIncidental(a, b)
                ? (Group.Incidental, page with { Notes = IncidentalNotes(PageView.LastUpdatedIn(a), PageView.LastUpdatedIn(b), PageView.AssetsIn(a), PageView.AssetsIn(b)) })
                : ComparePage(before.View(path), after.View(path), page with { Title = after.View(path).Heading });
        });

        foreach (string path in paths)
        {
            if (!before.Files.ContainsKey(path))
            {
                added.Add(new PageChange(after.Url(path), after.View(path).Heading, after.Source(path)));
            }
            else if (!after.Files.ContainsKey(path))
            {
                removed.Add(new PageChange(before.Url(path), before.View(path).Heading, before.Source(path)));
            }
            else if (compared.TryGetValue(path, out var result))
            {
                var (group, change) = result;
                (group == Group.Changed ? changed : group == Group.Markup ? markup : incidental).Add(change);
            }
        }

        return header with
        {
            BasePages = before.Pages.Count(),
            HeadPages = after.Pages.Count(),
            Added = added,
            Removed = removed,
            Changed = changed,
            Markup = markup,
            Incidental = incidental,
            Moves = Timeline.Moves(before, after),
            Figures = Figures(before, after),
            Corrections = Corrections(before, after),
            OtherFiles = OtherFiles(before, after),
        };
    }

    private enum Group
    {
        Changed,
        Markup,
        Incidental,
    }

    private static (Group, PageChange) ComparePage(PageView a, PageView b, PageChange page)
    {
        if (a.Normalized == b.Normalized)
        {
            return (Group.Incidental, page with { Notes = IncidentalNotes(a.LastUpdated, b.LastUpdated, a.Assets, b.Assets) });
        }

        var fields = new List<FieldChange>();
        AddField(fields, "title", a.Title, b.Title);
        AddField(fields, "description", a.Description, b.Description);
        AddField(fields, "date", a.Date, b.Date);
        var hunks = WordDiff.Hunks(a.Words, b.Words);
        var citationsAdded = b.Citations.Except(a.Citations, StringComparer.Ordinal).ToList();
        var citationsRemoved = a.Citations.Except(b.Citations, StringComparer.Ordinal).ToList();
        var result = page with { Fields = fields, Text = hunks, CitationsAdded = citationsAdded, CitationsRemoved = citationsRemoved };
        if (fields.Count > 0 || hunks.Count > 0 || citationsAdded.Count > 0 || citationsRemoved.Count > 0)
        {
            return (Group.Changed, result);
        }

        return (Group.Markup, result with { Notes = [MarkupNote(a, b)] });
    }

    private static string MarkupNote(PageView a, PageView b)
    {
        if (a.NormalizedMain == b.NormalizedMain)
        {
            return "the header, navigation, footer or head of the page changed, not its main content";
        }

        var hrefs = (Before: a.Links.Select(l => l.Split(' ')[0]).ToList(), After: b.Links.Select(l => l.Split(' ')[0]).ToList());
        if (!hrefs.Before.SequenceEqual(hrefs.After))
        {
            return $"links in the main content changed: {ReportText.Count(hrefs.After.Except(hrefs.Before).Count(), "new target")}, {ReportText.Count(hrefs.Before.Except(hrefs.After).Count(), "target")} gone, same visible text";
        }

        int described = a.Links.Zip(b.Links).Count(pair => pair.First != pair.Second);
        return described > 0
            ? $"the descriptions (title attributes) of {ReportText.Count(described, "link")} in the main content changed, not its visible text"
            : "the main content's markup (attributes or structure) changed, not its visible text";
    }

    private static List<string> IncidentalNotes(string? lastBefore, string? lastAfter, IReadOnlyList<string> assetsBefore, IReadOnlyList<string> assetsAfter)
    {
        var notes = new List<string>();
        if (lastBefore != lastAfter)
        {
            notes.Add($"last updated {lastBefore ?? "(none)"} → {lastAfter ?? "(none)"}");
        }

        if (!assetsBefore.SequenceEqual(assetsAfter))
        {
            notes.Add($"asset names {string.Join(", ", assetsBefore.Except(assetsAfter))} → {string.Join(", ", assetsAfter.Except(assetsBefore))}");
        }

        return notes.Count > 0 ? notes : ["modified date in the structured data"];
    }

    private static void AddField(List<FieldChange> fields, string name, string? before, string? after)
    {
        if (before != after)
        {
            fields.Add(new FieldChange(name, before, after));
        }
    }

    private static List<FigureChange> Figures(SiteSnapshot before, SiteSnapshot after)
    {
        var result = new List<FigureChange>();
        var paths = before.Pages.Union(after.Pages).Where(IsFigurePage).Order(StringComparer.Ordinal);
        foreach (string path in paths.Where(p => !after.SameBytes(p, before)))
        {
            string? was = before.Files.ContainsKey(path) ? Latest(before.View(path)) : null;
            string? now = after.Files.ContainsKey(path) ? Latest(after.View(path)) : null;
            if (was != now)
            {
                var side = now is not null ? after : before;
                result.Add(new FigureChange(side.View(path).Document.QuerySelector("h1")?.TextContent.Trim() ?? path, side.Url(path), was, now));
            }
        }

        return result;

        static bool IsFigurePage(string path) => path.StartsWith("figures/", StringComparison.Ordinal) && path.Count(c => c == '/') == 2 && path.EndsWith("/index.html", StringComparison.Ordinal);

        static string? Latest(PageView page) => page.Document.QuerySelector(".figure-as-of") is { } asOf ? PageView.Squeeze(asOf.TextContent) : null;
    }

    private static List<CorrectionAdded> Corrections(SiteSnapshot before, SiteSnapshot after)
    {
        const string page = "corrections/index.html";
        if (!after.Files.ContainsKey(page) || after.SameBytes(page, before))
        {
            return [];
        }

        var known = before.Files.ContainsKey(page)
            ? before.View(page).Document.QuerySelectorAll("li.correction[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal)
            : [];
        return [.. after.View(page).Document.QuerySelectorAll("li.correction[id]")
            .Where(e => !known.Contains(e.Id!))
            .Select(e => new CorrectionAdded(after.Url(page) + "#" + e.Id, VisibleText.Text(e, new HashSet<string>())))];
    }

    private static List<SourceChange> OtherFiles(SiteSnapshot before, SiteSnapshot after)
    {
        var result = new List<SourceChange>();
        foreach (string path in before.Files.Keys.Union(after.Files.Keys).Order(StringComparer.Ordinal))
        {
            bool inBefore = before.Files.TryGetValue(path, out var a), inAfter = after.Files.TryGetValue(path, out var b);
            if ((a ?? b)!.IsHtml)
            {
                continue;
            }

            if (!inBefore || !inAfter || !after.SameBytes(path, before))
            {
                result.Add(new SourceChange(!inBefore ? 'A' : !inAfter ? 'D' : 'M', path));
            }
        }

        return result;
    }
}
