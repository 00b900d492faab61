using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading;
using StatiqSite.Loading.Readers;
using StatiqSite.Loading.Yaml;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Schemas;

/// <summary>The JSON Schemas in docs/schemas (used by editors) agree with the files and with the readers.</summary>
public class SchemaTests
{
    private static readonly (string Schema, string Folder, string Pattern, bool FrontMatter)[] Kinds =
    [
        ("site", "", "site.yml", false),
        ("themes", "", "themes.yml", false),
        ("eras", "", "eras.yml", false),
        ("corrections", "", "corrections.yml", false),
        ("source", "sources", "*.yml", false),
        ("actor", "actors", "*.yml", false),
        ("event", "events", "*.yml", false),
        ("figure", "figures", "*.yml", false),
        ("briefing", "briefings", "*.md", true),
        ("explainer", "explainers", "*.md", true),
        ("page", "pages", "*.md", true),
    ];

    public static TheoryData<string> SchemaNames => [.. Kinds.Select(k => k.Schema)];

    private static MiniJsonSchema Schema(string name) => MiniJsonSchema.Load(Path.Combine(Repo.Root, "docs", "schemas", name + ".schema.json"));

    private static YamlValue? Parse(string text, bool frontMatter)
    {
        var bag = new DiagnosticBag();
        var origin = new Origin("test", TextPosition.Start);
        string yaml = frontMatter ? FrontMatter.Split(text, origin, bag)!.Yaml : text;
        Assert.True(YamlReader.TryRead(yaml, origin, bag, out var root), string.Join('\n', bag.ToSortedList()));
        return root;
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void The_schema_accepts_every_real_file(string name)
    {
        var kind = Kinds.Single(k => k.Schema == name);
        var schema = Schema(name);
        var files = Directory.GetFiles(Path.Combine(Repo.Input, kind.Folder), kind.Pattern);
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            var errors = schema.Validate(YamlToJson.Convert(Parse(File.ReadAllText(file), kind.FrontMatter)));
            Assert.True(errors.Count == 0, $"{file}:\n{string.Join('\n', errors)}");
        }
    }

    [Theory]
    [InlineData("event", "title: T\ndate: 2020-01-03\nera: e\nsummary: S\n", "missing required 'sources'")]
    [InlineData("event", "title: T\ndate: January 2020\nera: e\nsummary: S\nsources: [{source: a, locator: ¶1}]\n", "matches none")]
    [InlineData("event", "title: T\ndate: 2020-01-03\nera: e\nsummary: S\nsources: [{source: a, locator: p1}]\n", "does not match")]
    [InlineData("event", "title: T\ndate: 2020-01-03\nera: E_1\nsummary: S\nsources: [{source: a, locator: ¶1}]\n", "does not match")]
    [InlineData("event", "title: T\ndate: 2020-01-03\nera: e\nsummary: S\nsumary: x\nsources: [{source: a, locator: ¶1}]\n", "unknown property 'sumary'")]
    [InlineData("event", "title: [T]\ndate: 2020-01-03\nera: e\nsummary: S\nsources: [{source: a, locator: ¶1}]\n", "expected string")]
    [InlineData("actor", "name: N\nkind: militia\nrole: R\nsummary: S\nsources: [{source: a, locator: ¶1}]\n", "is not one of")]
    [InlineData("actor", "name: N\nkind: person\nrole: R\nsummary: S\nsources: []\n", "fewer than 1")]
    [InlineData("source", "label: L\ntitle: T\nkind: news\nparagraphs: many\n", "expected integer")]
    [InlineData("figure", "title: T\nunit: u\nvalues:\n  - value: about 5000\n    date: 2020\n    source: a\n    locator: ¶1\n", "expected number")]
    [InlineData("eras", "- id: a\n  title: A\n  start: 2003\n  summary: S\n", "missing required 'end'")]
    [InlineData("site", "title: T\ndescription: D\nbase_url: example.org\n", "does not match")]
    [InlineData("corrections", "- date: 2026-11-21\n  page: events:strike\n  what: W\n", "does not match")]
    [InlineData("corrections", "- date: 21 November 2026\n  page: event:strike\n  what: W\n", "does not match")]
    [InlineData("corrections", "- date: 2026-11-21\n  page: event:strike\n", "missing required 'what'")]
    public void The_schema_rejects_a_broken_file(string name, string yaml, string expected)
    {
        var errors = Schema(name).Validate(YamlToJson.Convert(Parse(yaml, frontMatter: false)));
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void The_schema_declares_exactly_the_fields_the_reader_knows(string name)
    {
        var schema = Schema(name);
        var declared = name is "themes" or "eras" or "corrections" ? schema.TopLevelProperties("items") : schema.TopLevelProperties();
        Assert.Equal(ReaderKeys(name).Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_schemas_use_only_what_the_validator_checks()
    {
        foreach (var (name, _, _, _) in Kinds)
        {
            var errors = Schema(name).Validate(null);
            Assert.DoesNotContain(errors, e => e.Contains("does not support", StringComparison.Ordinal));
        }
    }

    /// <summary>Runs the reader on an empty mapping: every field it asks for is a field it knows.</summary>
    private static IReadOnlyCollection<string> ReaderKeys(string name)
    {
        var bag = new DiagnosticBag();
        var origin = new Origin("test", TextPosition.Start);
        var fields = new Fields(new YamlMap([], TextPosition.Start), origin, bag, name);
        var body = MarkdownText.Empty;
        _ = name switch
        {
            "site" => (object?)RecordReaders.Site(fields),
            "themes" => RecordReaders.Theme(fields),
            "eras" => RecordReaders.Era(fields),
            "corrections" => CorrectionReader.Read(fields),
            "source" => RecordReaders.Source(fields, "x"),
            "actor" => RecordReaders.Actor(fields, "x"),
            "event" => RecordReaders.Event(fields, "x"),
            "figure" => RecordReaders.Figure(fields, "x"),
            "briefing" => DocumentReaders.Briefing(fields, "x", body),
            "explainer" => DocumentReaders.Explainer(fields, "x", body),
            _ => DocumentReaders.Page(fields, "x", body),
        };
        return fields.KnownKeys;
    }
}
