using System.Collections.Immutable;
using System.Text;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;

namespace StatiqSite.Tests.Support;

using SiteModel = StatiqSite.Content.Model.Site;

/// <summary>
/// A large made-up <see cref="Site"/> built in memory, for checking that search scales: pages of every
/// kind with text drawn from a big invented vocabulary, a few words common to nearly every page (as
/// "iraq" is on the real site), and long explainers. Seeded, so every run builds the same site.
/// </summary>
public static class SyntheticSite
{
    public static SiteModel Create(int pages, int seed = 2020)
    {
        var random = new Random(seed);
        string[] vocabulary = Vocabulary(random, 20_000);
        string[] common = ["iraq", "troops", "militia", "coalition", "government", "baghdad", "iran", "attack"];
        var origin = new Origin("synthetic.yml", TextPosition.Start);
        var source = new Source("report", "Outlet report", "A report", "Outlet", null, SourceKind.News, EdtfDate.Parse("2020-01"), 100, null, origin);
        var era = new Era("all", "All", EdtfDate.Parse("2003"), EdtfDate.Open, MarkdownText.Empty, origin);
        var theme = new EventTheme("theme", "Theme", "A theme.", origin);
        var citation = new Citation("report", 1, null, TextPosition.Start);

        int actorCount = pages / 5;
        int explainerCount = pages / 40;
        int briefingCount = pages / 20;
        int eventCount = pages - actorCount - explainerCount - briefingCount;

        var actors = Enumerable.Range(0, actorCount).Select(i => new Actor(
            $"actor-{i}", Title(random, vocabulary, 2), ActorKind.Person, [Title(random, vocabulary, 2)], Text(random, vocabulary, common, 8),
            EdtfDate.Parse("2020-01"), [], Markdown(Text(random, vocabulary, common, 60)), [citation], [], origin)).ToImmutableArray();
        var events = Enumerable.Range(0, eventCount).Select(i => new Event(
            $"event-{i}", Title(random, vocabulary, 6), Day(random), null, new Ref("all", TextPosition.Start), [new Ref("theme", TextPosition.Start)],
            [new Participant(actors[random.Next(actorCount)].Id, null, TextPosition.Start)], null,
            Markdown(Text(random, vocabulary, common, 90)), [citation], Markdown(Text(random, vocabulary, common, 40)), null, [], false, origin)).ToImmutableArray();
        var explainers = Enumerable.Range(0, explainerCount).Select(i => new Explainer(
            $"explainer-{i}", Title(random, vocabulary, 7), Text(random, vocabulary, common, 30), null, [], [], [citation], false,
            Markdown(Text(random, vocabulary, common, 2000), paragraphs: 20), origin)).ToImmutableArray();
        var briefings = Enumerable.Range(0, briefingCount).Select(i => new Briefing(
            $"briefing-{i}", Title(random, vocabulary, 6), Day(random), Text(random, vocabulary, common, 30), [], [citation], false,
            Markdown(Text(random, vocabulary, common, 600), paragraphs: 6), origin)).ToImmutableArray();

        var settings = new SiteSettings("Synthetic", "A big site.", new Uri("https://example.org/"), null, "en", origin);
        var chronology = Chronology.Build(ChronologyNode.All(events, briefings, [source]));
        return new SiteModel(settings, [theme], [era], [source], actors, events, [], briefings, explainers, [], chronology, includesDrafts: false) { Language = English.Rules };
    }

    private static string[] Vocabulary(Random random, int size)
    {
        const string consonants = "bdfghklmnprstvz";
        const string vowels = "aeiou";
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < size)
        {
            var sb = new StringBuilder();
            for (int s = random.Next(2, 5); s > 0; s--)
            {
                sb.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
            }

            words.Add(sb.ToString());
        }

        return [.. words];
    }

    // Word frequencies fall off roughly as in real text: a few words are everywhere, most are rare.
    private static string Word(Random random, string[] vocabulary, string[] common) =>
        random.Next(10) == 0 ? common[random.Next(common.Length)] : vocabulary[(int)(vocabulary.Length * Math.Pow(random.NextDouble(), 3))];

    private static string Text(Random random, string[] vocabulary, string[] common, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(random, vocabulary, common))) + ".";

    private static string Title(Random random, string[] vocabulary, int words)
    {
        string text = string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static EdtfDate Day(Random random) =>
        EdtfDate.Parse(new DateOnly(2003, 1, 1).AddDays(random.Next(0, 7000)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private static MarkdownText Markdown(string text, int paragraphs = 1)
    {
        string[] words = text.Split(' ');
        int per = Math.Max(1, words.Length / paragraphs);
        var html = string.Concat(words.Chunk(per).Select(chunk => "<p>" + string.Join(' ', chunk) + "</p>\n"));
        return new MarkdownText(text, TextPosition.Start) { Segments = [new HtmlSegment(html)] };
    }
}
