using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Language;
using StatiqSite.Content.Model;
using StatiqSite.Discovery.Data;
using StatiqSite.Theme.Components;

namespace StatiqSite.Discovery.Search;

/// <summary>Turns every page of the site into a <see cref="SearchDocument"/>, in the order ties are ranked in.</summary>
public static class SearchDocuments
{
    /// <summary>Body parts stay under this many characters, so a result's excerpt costs a small download.</summary>
    public const int PartLength = 1500;

    /// <param name="cache">In preview, last build's documents: a record that is the same object gives back the same document.</param>
    public static ImmutableArray<SearchDocument> From(Site site, SearchIndexCache? cache = null, ParallelOptions? parallel = null)
    {
        cache?.BeginDocuments(site);
        var urls = site.Urls;
        int count = site.Actors.Length + site.Explainers.Length + site.Events.Length + site.Briefings.Length + site.Figures.Length + site.Sources.Length + site.Pages.Length;
        var docs = new SearchDocument[count];
        int at = 0;
        parallel ??= new ParallelOptions();

        // Ties rank in this order: who someone is comes before what they did.
        Add(site.Actors, Actor);
        Add(site.Explainers, x => new SearchDocument(
            "explainer", urls.Explainer(x.Id), x.Title, string.Empty,
            x.Updated is { } updated ? "updated " + site.Dates.Display(updated) : null,
            x.Summary,
            Names(site, x.Body.Mentions),
            [],
            Split(PlainText.Of(x.Body))));
        Add(site.Events, Event);
        Add(site.Briefings, b => new SearchDocument(
            "briefing", urls.Briefing(b.Id), b.Title, string.Empty,
            site.Dates.Display(b.Date),
            b.Summary,
            Names(site, b.Body.Mentions),
            [.. DateTerms(site.Dates, b.Date)],
            Split(PlainText.Of(b.Body))));
        Add(site.Figures, Figure);
        Add(site.Sources, Source);
        Add(site.Pages, page => new SearchDocument(
            "page", urls.Page(page.Id), page.Title, string.Empty, null, page.Summary, Names(site, page.Body.Mentions), [], Split(PlainText.Of(page.Body))));
        return ImmutableCollectionsMarshal.AsImmutableArray(docs);

        // Each kind is described in parallel, and every document lands at its place in the order.
        void Add<T>(ImmutableArray<T> records, Func<T, SearchDocument> make)
            where T : class
        {
            int offset = at;
            Parallel.For(0, records.Length, parallel, i => docs[offset + i] = cache is null ? make(records[i]) : cache.Document(records[i], make));
            at += records.Length;
        }

        SearchDocument Actor(Actor a)
        {
            // The role is searchable but shown only when it is what matched; the summary usually says it anyway.
            string role = a.RoleAsOf is { } asOf ? $"{a.Role} (as of {site.Dates.Display(asOf)})." : a.Role + ".";
            return new SearchDocument(
                "actor", urls.Actor(a.Id), a.Name, string.Join(' ', a.Aliases),
                a.RoleAsOf is { } d ? "role as of " + site.Dates.Display(d) : null,
                PlainText.Line(a.Summary),
                string.Empty,
                [],
                [role]);
        }

        SearchDocument Event(Event e)
        {
            string extra = string.Join("\n\n", new[] { PlainText.Prose(e.Notes), PlainText.Prose(e.Disputed) }.OfType<string>());
            var involved = new List<string>(e.Actors.Length + 1 + e.Summary.Mentions.Length);
            foreach (var p in e.Actors)
            {
                involved.Add(p.ActorId);
            }

            if (e.Location is not null)
            {
                involved.Add(e.Location.Id);
            }

            involved.AddRange(e.Summary.Mentions);
            var dates = new List<string>();
            foreach (string term in e.End is null ? DateTerms(site.Dates, e.Date) : DateTerms(site.Dates, e.Date).Concat(DateTerms(site.Dates, e.End)))
            {
                if (IndexOf(dates, term) < 0)
                {
                    dates.Add(term);
                }
            }

            return new SearchDocument(
                "event", urls.Event(e.Id), e.Title, string.Empty,
                EventData.DisplayDate(site, e),
                PlainText.Line(e.Summary),
                Names(site, involved),
                [.. dates],
                Split(extra));
        }

        SearchDocument Figure(Figure f)
        {
            var text = new StringBuilder();
            foreach (var v in f.Values)
            {
                text.Append(FigureText.Value(v, f.Unit)).Append(", ").Append(site.Dates.Display(v.Date)).Append(".\n");
            }

            text.Append(PlainText.Prose(f.Disputed));
            return new SearchDocument(
                "figure", urls.Figure(f.Id), f.Title, string.Empty,
                f.Values.IsEmpty ? null : "latest " + site.Dates.Display(FigureValues.Latest(f).Date),
                PlainText.Line(f.Summary),
                string.Empty,
                [],
                Split(text.ToString()));
        }

        SearchDocument Source(Source s)
        {
            string published = s.Published is { } p ? site.Dates.Display(p) : "undated";
            string about = string.Join(", ", new[] { s.Author, s.Outlet, published }.OfType<string>());
            return new SearchDocument(
                "source", urls.Source(s.Id), s.Title, string.Empty,
                s.Published is { } date ? site.Dates.Display(date) : null,
                about + ".",
                string.Empty,
                [],
                Split(PlainText.Prose(s.Notes) ?? string.Empty));
        }
    }

    /// <summary>The names and aliases of the actors a page involves or mentions.</summary>
    private static string Names(Site site, IReadOnlyList<string> actorIds)
    {
        if (actorIds.Count == 0)
        {
            return string.Empty;
        }

        var names = new StringBuilder();
        for (int i = 0; i < actorIds.Count; i++)
        {
            string id = actorIds[i];
            if (IndexOf(actorIds, id) < i || !site.ActorById.TryGetValue(id, out var a))
            {
                continue;
            }

            if (names.Length > 0)
            {
                names.Append(' ');
            }

            names.Append(a.Name);
            foreach (string alias in a.Aliases)
            {
                names.Append(' ').Append(alias);
            }
        }

        return names.ToString();
    }

    private static int IndexOf(IReadOnlyList<string> items, string item)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i], item, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The ways a reader might type a date: ISO forms of each known end (2020-01-03, 2020-01, 2020), the
    /// month's name, every word the language has for a season (autumn, fall), and the day of the month.
    /// </summary>
    public static IEnumerable<string> DateTerms(DateFormatter dates, EdtfDate date)
    {
        foreach (var point in new[] { date.Start, date.End }.OfType<EdtfPoint>())
        {
            yield return point.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            if (point.Month is { } month)
            {
                yield return $"{point.Year:D4}-{month:D2}".ToString(System.Globalization.CultureInfo.InvariantCulture);
                yield return dates.MonthName(month);
            }

            if (point.Day is { } day)
            {
                yield return EdtfFormatter.MachineReadable(point);
                yield return day.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (point.Season is { } season)
            {
                foreach (string name in dates.Rules.Seasons[season - 21])
                {
                    yield return name;
                }
            }
        }
    }

    /// <summary>Splits text at paragraph ends into parts of at most about <see cref="PartLength"/> characters.</summary>
    public static ImmutableArray<string> Split(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        if (IsNormalized(text))
        {
            return SplitNormalized(text);
        }

        var parts = ImmutableArray.CreateBuilder<string>();
        var source = text.AsSpan();
        var current = new StringBuilder(Math.Min(text.Length, PartLength + 256));
        foreach (var range in source.Split('\n'))
        {
            var paragraph = source[range].Trim();
            if (paragraph.IsEmpty)
            {
                continue;
            }

            if (current.Length > 0 && current.Length + paragraph.Length + 1 > PartLength)
            {
                parts.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(paragraph);
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return parts.ToImmutable();
    }

    /// <summary>
    /// Whether every line of <paramref name="text"/> is already trimmed and none is empty, as
    /// <see cref="PlainText"/> leaves it: then each part is a slice of the text itself.
    /// </summary>
    private static bool IsNormalized(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            if (char.IsWhiteSpace(text[i - 1]) || char.IsWhiteSpace(text[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same parts as the general road, cut from the text instead of built up again.</summary>
    private static ImmutableArray<string> SplitNormalized(string text)
    {
        var parts = ImmutableArray.CreateBuilder<string>();
        int partStart = -1;
        int partEnd = 0;
        int start = 0;
        while (start < text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline;
            if (partStart >= 0 && partEnd - partStart + (end - start) + 1 > PartLength)
            {
                parts.Add(text[partStart..partEnd]);
                partStart = -1;
            }

            if (partStart < 0)
            {
                partStart = start;
            }

            partEnd = end;
            start = end + 1;
        }

        parts.Add(partStart == 0 && partEnd == text.Length ? text : text[partStart..partEnd]);
        return parts.ToImmutable();
    }
}
