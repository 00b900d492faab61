using System.Collections.Immutable;
using System.Text;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Discovery.Data;
using StatiqSite.Theme.Components;

namespace StatiqSite.Discovery.Search;

/// <summary>Turns every page of the site into a <see cref="SearchDocument"/>, in the order ties are ranked in.</summary>
public static class SearchDocuments
{
    /// <summary>Body parts stay under this many characters, so a result's excerpt costs a small download.</summary>
    public const int PartLength = 1500;

    public static ImmutableArray<SearchDocument> From(Site site)
    {
        var docs = ImmutableArray.CreateBuilder<SearchDocument>();
        var urls = site.Urls;

        // Ties rank in this order: who someone is comes before what they did.
        foreach (var a in site.Actors)
        {
            // The role is searchable but shown only when it is what matched; the summary usually says it anyway.
            string role = a.RoleAsOf is { } asOf ? $"{a.Role} (as of {EdtfFormatter.Display(asOf)})." : a.Role + ".";
            docs.Add(new SearchDocument(
                "actor", urls.Actor(a.Id), a.Name, string.Join(' ', a.Aliases),
                a.RoleAsOf is { } d ? "role as of " + EdtfFormatter.Display(d) : null,
                PlainText.OneLine(PlainText.Of(a.Summary)),
                string.Empty,
                [],
                [role]));
        }

        foreach (var x in site.Explainers)
        {
            docs.Add(new SearchDocument(
                "explainer", urls.Explainer(x.Id), x.Title, string.Empty,
                x.Updated is { } updated ? "updated " + CorrectionText.Day(updated) : null,
                x.Summary,
                Names(site, x.Body.Mentions),
                [],
                Split(PlainText.Of(x.Body))));
        }

        foreach (var e in site.Events)
        {
            string extra = string.Join('\n', new[] { e.Notes, e.Disputed }.OfType<string>());
            docs.Add(new SearchDocument(
                "event", urls.Event(e.Id), e.Title, string.Empty,
                EventData.DisplayDate(e),
                PlainText.OneLine(PlainText.Of(e.Summary)),
                Names(site, e.Actors.Select(p => p.ActorId).Concat(e.Location is null ? [] : [e.Location.Id]).Concat(e.Summary.Mentions)),
                [.. DateTerms(e.Date).Concat(e.End is null ? [] : DateTerms(e.End)).Distinct(StringComparer.Ordinal)],
                Split(PlainText.Prose(extra) ?? string.Empty)));
        }

        foreach (var b in site.Briefings)
        {
            docs.Add(new SearchDocument(
                "briefing", urls.Briefing(b.Id), b.Title, string.Empty,
                EdtfFormatter.Display(b.Date),
                b.Summary,
                Names(site, b.Body.Mentions),
                [.. DateTerms(b.Date)],
                Split(PlainText.Of(b.Body))));
        }

        foreach (var f in site.Figures)
        {
            var values = f.Values.Select(v => $"{FigureText.Value(v, f.Unit)}, {EdtfFormatter.Display(v.Date)}.");
            docs.Add(new SearchDocument(
                "figure", urls.Figure(f.Id), f.Title, string.Empty,
                f.Values.IsEmpty ? null : "latest " + EdtfFormatter.Display(FigureValues.Latest(f).Date),
                PlainText.OneLine(PlainText.Of(f.Summary)),
                string.Empty,
                [],
                Split(string.Join('\n', values.Append(PlainText.Prose(f.Disputed) ?? string.Empty)))));
        }

        foreach (var s in site.Sources)
        {
            string about = string.Join(", ", new[] { s.Author, s.Outlet }.OfType<string>().Append(s.Published is { } p ? EdtfFormatter.Display(p) : "undated"));
            docs.Add(new SearchDocument(
                "source", urls.Source(s.Id), s.Title, string.Empty,
                s.Published is { } published ? EdtfFormatter.Display(published) : null,
                about + ".",
                string.Empty,
                [],
                Split(PlainText.Prose(s.Notes) ?? string.Empty)));
        }

        foreach (var page in site.Pages)
        {
            docs.Add(new SearchDocument("page", urls.Page(page.Id), page.Title, string.Empty, null, page.Summary, Names(site, page.Body.Mentions), [], Split(PlainText.Of(page.Body))));
        }

        return docs.ToImmutable();
    }

    /// <summary>The names and aliases of the actors a page involves or mentions.</summary>
    private static string Names(Site site, IEnumerable<string> actorIds) =>
        string.Join(' ', actorIds.Distinct(StringComparer.Ordinal)
            .Select(id => site.ActorById.TryGetValue(id, out var a) ? string.Join(' ', a.Aliases.Prepend(a.Name)) : null)
            .OfType<string>());

    /// <summary>
    /// The ways a reader might type a date: ISO forms of each known end (2020-01-03, 2020-01, 2020), the
    /// month's or season's name, and the day of the month.
    /// </summary>
    public static IEnumerable<string> DateTerms(EdtfDate date)
    {
        foreach (var point in new[] { date.Start, date.End }.OfType<EdtfPoint>())
        {
            yield return point.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            if (point.Month is { } month)
            {
                yield return $"{point.Year:D4}-{month:D2}".ToString(System.Globalization.CultureInfo.InvariantCulture);
                yield return EdtfFormatter.MonthName(month);
            }

            if (point.Day is { } day)
            {
                yield return EdtfFormatter.MachineReadable(point);
                yield return day.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (point.Precision == DatePrecision.Season)
            {
                yield return EdtfFormatter.Display(point).Split(' ')[0];
                if (point.Season == 23)
                {
                    yield return "fall";
                }
            }
        }
    }

    /// <summary>Splits text at paragraph ends into parts of at most about <see cref="PartLength"/> characters.</summary>
    public static ImmutableArray<string> Split(string text)
    {
        var parts = ImmutableArray.CreateBuilder<string>();
        var current = new StringBuilder();
        foreach (string paragraph in PlainText.Paragraphs(text))
        {
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
}
