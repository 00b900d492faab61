using System.Globalization;
using System.Text;

namespace StatiqSite.Benchmarks;

/// <summary>
/// Writes a synthetic site of a given size: N briefings, N/4 events, N/20 actors, a few explainers and
/// figures, five sources, eras, themes and site.yml, all cross-referenced. The same N always gives the
/// same bytes. The briefings are also written, byte for byte, as Hugo content under <c>hugo/</c>,
/// with a minimal Hugo theme, so that both generators build the same Markdown.
/// </summary>
public static class Corpus
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly DateOnly First = new(2003, 1, 1);
    private static readonly DateOnly Last = new(2024, 12, 31);

    private static readonly (string Id, string Title, int From, int? To)[] Eras =
    [
        ("invasion", "Invasion and occupation", 2003, 2010),
        ("withdrawal", "Withdrawal", 2011, 2013),
        ("war-against-isis", "The war against ISIS", 2014, 2019),
        ("advise-and-assist", "Advise and assist", 2020, null),
    ];

    private static readonly string[] Themes = ["security", "diplomacy", "politics", "militias", "troops", "economy"];

    private static readonly string[] SourceIds = ["wire-report", "daily-news", "weekly-analysis", "opinion-column", "official-statement"];

    private const int SourceParagraphs = 60;

    /// <summary>What a corpus holds, for reports.</summary>
    public sealed record Size(int Briefings, int Events, int Actors, int Explainers, int Figures);

    public static Size SizeFor(int n) => new(n, Math.Max(4, n / 4), Math.Max(10, n / 20), Math.Max(1, n / 400), Math.Max(1, n / 1000));

    /// <summary>Writes the corpus for <paramref name="n"/> under <paramref name="root"/>: input/ for us, hugo/ for Hugo.</summary>
    public static Size Generate(int n, string root)
    {
        var size = SizeFor(n);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        string input = Path.Combine(root, "input");
        string hugo = Path.Combine(root, "hugo");
        var random = new Prng((ulong)n * 0x9E3779B97F4A7C15UL + 1);

        var actors = Actors(size.Actors);
        var events = EventDates(size.Events);

        Write(input, "site.yml", """
            title: "Synthetic briefing corpus"
            description: A generated site for measuring build time; its content means nothing.
            base_url: https://example.org/
            language: en
            """);
        Write(input, "themes.yml", string.Concat(Themes.Select(t => $"- id: {t}\n  title: {Cap(t)}\n  summary: Events about {t}.\n")));
        Write(input, "eras.yml", string.Concat(Eras.Select(e =>
            $"- id: {e.Id}\n  title: {e.Title}\n  start: \"{e.From}\"\n  end: {(e.To is { } to ? $"\"{to}\"" : "..")}\n  summary: |\n    {Prose.Sentence(random)} See [¶2](source:{SourceIds[0]}#2).\n")));
        foreach (string id in SourceIds)
        {
            Write(input, $"sources/{id}.yml", $"label: \"{Cap(id.Replace('-', ' '))}\"\ntitle: \"{Cap(id.Replace('-', ' '))}\"\noutlet: Example Outlet\nkind: news\npublished: 2021-04-14\nparagraphs: {SourceParagraphs}\n");
        }

        for (int i = 0; i < actors.Count; i++)
        {
            Write(input, $"actors/{actors[i].Id}.yml", Actor(i, actors, random));
        }

        for (int i = 0; i < events.Count; i++)
        {
            var (date, id) = events[i];
            Write(input, $"events/{Iso(date)}-{id}.yml", Event(date, actors, random));
        }

        for (int i = 0; i < size.Figures; i++)
        {
            Write(input, $"figures/figure-{i + 1:D3}.yml", Figure(random));
        }

        for (int i = 0; i < size.Explainers; i++)
        {
            Write(input, $"explainers/explainer-{i + 1:D3}.md", Explainer(i, events, actors, size.Figures, random));
        }

        foreach (string page in new[] { "about", "methodology", "corrections" })
        {
            Write(input, $"pages/{page}.md", $"---\ntitle: {Cap(page)}\nsummary: The {page} page of the synthetic corpus.\n---\n{Prose.Paragraph(random, 4)}\n");
        }

        for (int i = 0; i < n; i++)
        {
            var date = DateAt(i, n);
            string name = $"{Iso(date)}-briefing-{i + 1:D5}.md";
            string text = Briefing(i, date, events, actors, random);
            Write(input, "briefings/" + name, text);
            Write(hugo, "content/briefings/" + name, text);
        }

        WriteHugoSite(hugo);
        return size;
    }

    private static string Actor(int i, IReadOnlyList<(string Id, string Kind)> actors, Prng random)
    {
        var (id, kind) = actors[i];
        var text = new StringBuilder();
        text.Append(Invariant, $"name: {Cap(id.Replace('-', ' '))}\nkind: {kind}\nrole: {Cap(random.Pick(Themes))} role number {i + 1}\n");
        if (kind == "place")
        {
            // Places need coordinates (SS0212); a synthetic place gets a point spread over Iraq, marked as made up.
            text.Append(Invariant, $"coordinates: {{lat: {30 + (i % 7)}, lon: {40 + (i % 8)}, source: synthetic benchmark place}}\n");
        }

        if (kind == "person")
        {
            // People belong to an organisation earlier in the list, so affiliations never loop.
            var organisation = actors.Take(i).LastOrDefault(a => a.Kind == "organization");
            if (organisation.Id is not null)
            {
                text.Append(Invariant, $"affiliations: [{organisation.Id}]\n");
            }
        }

        int paragraph = 1 + random.Below(SourceParagraphs);
        string source = random.Pick(SourceIds);
        text.Append(Invariant, $"summary: |\n  {Prose.Sentence(random)} [¶{paragraph}](source:{source}#{paragraph})\n");
        text.Append(Invariant, $"sources:\n  - {{source: {source}, locator: \"¶{paragraph}\"}}\n");
        return text.ToString();
    }

    private static string Event(DateOnly date, IReadOnlyList<(string Id, string Kind)> actors, Prng random)
    {
        var era = Eras.Last(e => e.From <= date.Year);
        var people = Distinct(random, actors.Where(a => a.Kind != "place").Select(a => a.Id).ToList(), 1 + random.Below(3));
        var places = actors.Where(a => a.Kind == "place").ToList();
        int paragraph = 1 + random.Below(SourceParagraphs);
        string source = random.Pick(SourceIds);
        var text = new StringBuilder();
        text.Append(Invariant, $"title: \"{Prose.Title(random)}\"\ndate: \"{Iso(date)}\"\nera: {era.Id}\n");
        text.Append(Invariant, $"themes: [{string.Join(", ", Distinct(random, Themes, 1 + random.Below(2)))}]\n");
        text.Append("actors:\n");
        foreach (string person in people)
        {
            text.Append(Invariant, $"  - id: {person}\n    role: {random.Pick(new[] { "took part", "responded", "was named" })}\n");
        }

        text.Append(Invariant, $"location: {random.Pick(places).Id}\n");
        text.Append(Invariant, $"summary: |\n  {Prose.Sentence(random)} [{Cap(people[0].Replace('-', ' '))}](actor:{people[0]}) {Prose.Sentence(random)}\n  [¶{paragraph}](source:{source}#{paragraph})\n");
        text.Append(Invariant, $"sources:\n  - source: {source}\n    locator: \"¶{paragraph}\"\n");
        return text.ToString();
    }

    private static string Figure(Prng random)
    {
        var text = new StringBuilder();
        text.Append(Invariant, $"title: {Prose.Title(random)}\nunit: troops\nsummary: |\n  {Prose.Sentence(random)}\nvalues:\n");
        for (int v = 0; v < 3; v++)
        {
            text.Append(Invariant, $"  - value: {1000 + random.Below(5000)}\n    qualifier: about\n    date: {2018 + v}\n    source: {random.Pick(SourceIds)}\n    locator: \"¶{1 + random.Below(SourceParagraphs)}\"\n");
        }

        return text.ToString();
    }

    private static string Explainer(int i, IReadOnlyList<(DateOnly Date, string Id)> events, IReadOnlyList<(string Id, string Kind)> actors, int figures, Prng random)
    {
        var picked = Distinct(random, events.Select(e => e.Id).ToList(), Math.Min(6, events.Count));
        string actor = random.Pick(actors).Id;
        var text = new StringBuilder();
        text.Append(Invariant, $"---\ntitle: \"Explainer {i + 1}: {Prose.Title(random)}\"\nsummary: {Prose.Sentence(random)}\nupdated: 2024-06-01\n");
        text.Append(Invariant, $"events: [{string.Join(", ", picked)}]\nfigures: [figure-{1 + (i % figures):D3}]\n");
        text.Append(Invariant, $"sources:\n  - {{source: {SourceIds[i % SourceIds.Length]}, locator: \"¶3\"}}\n---\n");
        text.Append(Invariant, $"## Background\n\n{Prose.Paragraph(random, 4, $"[{Cap(actor.Replace('-', ' '))}](actor:{actor})")}\n\n");
        text.Append(Invariant, $"{{{{< event {picked[0]} >}}}}\n\n{Prose.Paragraph(random, 3, $"[the event](event:{picked[1 % picked.Count]})")}\n\n");
        text.Append(Invariant, $"{{{{< figure figure-{1 + (i % figures):D3} >}}}}\n\n{Prose.Paragraph(random, 3)}\n");
        return text.ToString();
    }

    /// <summary>Front matter (title, date, summary, events, sources), then a heading, four paragraphs, a list and a link.</summary>
    private static string Briefing(int i, DateOnly date, IReadOnlyList<(DateOnly Date, string Id)> events, IReadOnlyList<(string Id, string Kind)> actors, Prng random)
    {
        var related = Distinct(random, events.Select(e => e.Id).ToList(), 2);
        string actor = random.Pick(actors).Id;
        string source = random.Pick(SourceIds);
        int paragraph = 1 + random.Below(SourceParagraphs);
        var text = new StringBuilder(2048);
        text.Append(Invariant, $"---\ntitle: \"Briefing {i + 1}: {Prose.Title(random)}\"\ndate: {Iso(date)}\n");
        text.Append(Invariant, $"summary: {Prose.Sentence(random)}\nevents: [{string.Join(", ", related)}]\n");
        text.Append(Invariant, $"sources:\n  - {{source: {source}, locator: \"¶{paragraph}\"}}\n---\n");
        text.Append(Invariant, $"## {Prose.Title(random)}\n\n");
        text.Append(Prose.Paragraph(random, 4, $"[the related event](event:{related[0]})")).Append("\n\n");
        text.Append(Prose.Paragraph(random, 4, $"[{Cap(actor.Replace('-', ' '))}](actor:{actor})")).Append("\n\n");
        text.Append(Prose.Paragraph(random, 4, $"[¶{paragraph}](source:{source}#{paragraph})")).Append("\n\n");
        text.Append(Prose.Paragraph(random, 4)).Append("\n\n");
        for (int item = 0; item < 4; item++)
        {
            text.Append("- ").Append(Prose.Sentence(random)).Append('\n');
        }

        text.Append("\nMore background is on [the project's site](https://www.example.com/background/).\n");
        return text.ToString();
    }

    private static List<(string Id, string Kind)> Actors(int count)
    {
        var list = new List<(string, string)>(count);
        for (int i = 0; i < count; i++)
        {
            string kind = (i % 10) switch { 0 => "place", 1 or 5 => "organization", _ => "person" };
            list.Add(($"{kind}-{i + 1:D4}", kind));
        }

        return list;
    }

    private static List<(DateOnly Date, string Id)> EventDates(int count)
    {
        var list = new List<(DateOnly, string)>(count);
        for (int i = 0; i < count; i++)
        {
            list.Add((DateAt(i, count), $"event-{i + 1:D5}"));
        }

        return list;
    }

    /// <summary>Spreads item i of n evenly over 2003–2024.</summary>
    private static DateOnly DateAt(int i, int n)
    {
        int days = Last.DayNumber - First.DayNumber;
        return DateOnly.FromDayNumber(First.DayNumber + (int)((long)days * i / Math.Max(1, n)));
    }

    private static List<string> Distinct(Prng random, IReadOnlyList<string> items, int count)
    {
        var picked = new List<string>(count);
        while (picked.Count < Math.Min(count, items.Count))
        {
            string item = random.Pick(items);
            if (!picked.Contains(item))
            {
                picked.Add(item);
            }
        }

        return picked;
    }

    private static void WriteHugoSite(string hugo)
    {
        Write(hugo, "config.toml", """
            baseURL = "https://example.org/"
            languageCode = "en"
            title = "Synthetic briefing corpus"
            disableKinds = ["taxonomy", "term"]
            """);
        const string Head = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>""";
        Write(hugo, "layouts/_default/single.html", Head + """<main><h1>{{ .Title }}</h1><p>{{ .Date.Format "2 January 2006" }}</p><p>{{ .Summary }}</p>{{ .Content }}</main></body></html>""");
        Write(hugo, "layouts/_default/list.html", Head + """<main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>""");
        Write(hugo, "layouts/index.html", Head + """<main><h1>{{ .Site.Title }}</h1><ul>{{ range first 10 .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>""");
    }

    private static void Write(string root, string relative, string text)
    {
        string path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string normalized = text.ReplaceLineEndings("\n");
        File.WriteAllText(path, normalized.EndsWith('\n') ? normalized : normalized + "\n", new UTF8Encoding(false));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
