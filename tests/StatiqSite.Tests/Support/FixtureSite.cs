using StatiqSite.Engine;
using StatiqSite.Pipelines;

namespace StatiqSite.Tests.Support;

/// <summary>
/// A small valid site written to a temp folder. Tests change one file at a time (<see cref="Write"/>)
/// to check one behaviour.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    private readonly TempFolder folder = new();

    public FixtureSite()
    {
        foreach (var (path, text) in Files)
        {
            Write(path, text);
        }
    }

    public string Input => folder.Combine("input");

    public string Output => folder.Combine("output");

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        ["site.yml"] = """
            title: Test briefing
            description: A small site for tests.
            base_url: https://example.org/
            language: en
            """,
        ["themes.yml"] = """
            - id: crisis
              title: The crisis
              summary: Tension.
            """,
        ["eras.yml"] = """
            - id: early
              title: Early years
              start: "2003"
              end: "2019"
              summary: Before.
            - id: late
              title: Later
              start: "2020"
              end: ..
              summary: After.
            """,
        ["sources/article-one.yml"] = """
            title: A news report on the strike
            outlet: Test Outlet
            kind: news
            published: 2020-01
            paragraphs: 10
            label: Test Outlet report
            """,
        ["sources/column.yml"] = """
            title: An opinion column
            author: A. Writer
            kind: opinion
            paragraphs: 5
            label: Writer’s opinion column
            """,
        ["actors/baghdad.yml"] = """
            name: Baghdad
            kind: place
            role: Capital of Iraq
            summary: The capital.
            sources:
              - source: article-one
                locator: ¶1
            """,
        ["actors/soleimani.yml"] = """
            name: Qassem Soleimani
            kind: person
            aliases: [Qassim Soleimani]
            role: Commander of the Quds Force
            role_as_of: 2020-01
            summary: An Iranian general.
            sources:
              - source: article-one
                locator: ¶2
            """,
        ["events/2020-01-03-strike.yml"] = """
            title: The strike
            date: 2020-01-03
            era: late
            themes: [crisis]
            actors:
              - id: soleimani
                role: killed
            location: baghdad
            summary: A U.S. strike killed **Soleimani**.
            sources:
              - source: article-one
                locator: ¶1
            """,
        ["events/2003-invasion.yml"] = """
            title: The invasion
            date: "2003"
            era: early
            summary: The invasion began.
            sources:
              - source: column
                locator: ¶3
            """,
        ["pages/about.md"] = """
            ---
            title: About
            summary: What this is.
            ---
            This site is a test. See [the strike](event:strike).

            {{< event strike >}}
            """,
        ["pages/methodology.md"] = """
            ---
            title: Methodology
            summary: How the site is made.
            ---
            Every fact cites an article.
            """,
        ["pages/corrections.md"] = """
            ---
            title: Corrections
            summary: What was corrected.
            ---
            Nothing yet.
            """,
        ["briefings/2020-01-strike-week.md"] = """
            ---
            title: The week of the strike
            date: 2020-01
            summary: Things escalated.
            events: [strike]
            sources: [{source: article-one, locator: "¶1"}]
            ---
            ## Why it matters

            A general was killed [¶1](source:article-one#1).
            """,
    };

    public void Write(string relativePath, string text)
    {
        string path = System.IO.Path.Combine(Input, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
    }

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Input, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void Delete(string relativePath) => File.Delete(System.IO.Path.Combine(Input, relativePath));

    public BuildOptions Options(bool checkOnly = false, Uri? baseUrl = null) => new()
    {
        InputPath = Input,
        OutputPath = Output,
        CheckOnly = checkOnly,
        BaseUrl = baseUrl,
        AssetsPath = Repo.Assets,
    };

    public Task<BuildOutcome> BuildAsync(bool checkOnly = false, Uri? baseUrl = null) =>
        SiteBuilder.RunAsync(Options(checkOnly, baseUrl), Log.Silent);

    public void Dispose() => folder.Dispose();
}
