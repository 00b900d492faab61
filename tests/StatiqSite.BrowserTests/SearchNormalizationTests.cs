using System.Text.RegularExpressions;
using StatiqSite.BrowserTests.Support;
using StatiqSite.Content.Language;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Discovery.Search;
using StatiqSite.Loading;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.BrowserTests;

/// <summary>
/// The index is built in C# and queried by search.js, so a word must come out of the script's steps as it came
/// out of the indexer's. This runs the script's own normalize and stem functions in Chromium, with the rules
/// the manifest would carry, for English (the theme's) and Arabic (the rtl fixture's).
/// </summary>
[Collection(SiteInBrowserCollection.Name)]
public partial class SearchNormalizationTests(SiteInBrowser site)
{
    private static readonly string[] EnglishTexts =
    [
        "The U.S. sent 5,000 people; 12,345,678 and 1,23 stay apart.",
        "CAFÉ Périphérique in Zürich, Ñandú, Ångström",
        "e\u0301cole, an accent typed as a mark of its own",
        "2020-01-03, the 1990s, U.N.-led talks",
    ];

    private static readonly string[] ArabicTexts =
    [
        "افتُتحت مَكتبة المدينة الكبرى",
        "إلى المكتبـــة، أو آخر مبنى",
        "12٬345 زائر و 1٬2 زائر",
        "The U.S. and مكتبة",
    ];

    [BrowserFact]
    public async Task English_text_normalizes_in_the_script_as_in_the_indexer() =>
        await AssertAlikeAsync(Rules("en", null), EnglishTexts);

    [BrowserFact]
    public async Task Arabic_text_normalizes_in_the_script_as_in_the_indexer() =>
        await AssertAlikeAsync(Rules("ar", Path.Combine(Repo.Root, "tests", "StatiqSite.Tests", "Fixtures", "arabic", "input", "i18n", "ar.rules.yml")), ArabicTexts);

    [BrowserFact]
    public async Task English_plurals_lose_their_endings_as_documented()
    {
        var text = new SearchText(Rules("en", null).Search);
        string[] words = ["embassies", "strikes", "clashes", "1990s", "class", "status", "crisis", "news", "embassy"];
        var stems = await RunAsync(text, [], words);
        Assert.Equal(["embass", "strik", "clash", "1990", "class", "status", "crisis", "news", "embassy"], stems);
    }

    [BrowserFact]
    public async Task Without_plural_endings_the_script_keeps_every_word()
    {
        var text = new SearchText(Rules("ar", Path.Combine(Repo.Root, "tests", "StatiqSite.Tests", "Fixtures", "arabic", "input", "i18n", "ar.rules.yml")).Search);
        string[] words = ["مكتبات", "زوار", "tables"];
        Assert.Equal(words, await RunAsync(text, [], words));
    }

    private async Task AssertAlikeAsync(LanguageRules rules, string[] texts)
    {
        var text = new SearchText(rules.Search);
        var script = await RunAsync(text, texts, []);
        Assert.Equal(texts.Select(text.Normalize), script);
    }

    /// <summary>The script's normalize for each text, then its stem for each word, with the manifest's rules.</summary>
    private async Task<string[]> RunAsync(SearchText text, string[] texts, string[] words)
    {
        string source = File.ReadAllText(Path.Combine(Repo.Assets, "search.js"));
        string functions = string.Concat(Function().Matches(source).Select(m => m.Value + "\n"));
        Assert.Contains("function normalize(", functions, StringComparison.Ordinal);
        Assert.Contains("function stem(", functions, StringComparison.Ordinal);

        var page = await site.Browser.NewPageAsync();
        try
        {
            return await page.EvaluateAsync<string[]>(
                "args => { var manifest = JSON.parse(args.rules);\n" + functions
                + "return args.texts.map(function (t) { return normalize(t); }).concat(args.words.map(function (w) { return stem(w); })); }",
                new { rules = text.Signature, texts, words });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static LanguageRules Rules(string tag, string? file)
    {
        var diagnostics = new DiagnosticBag();
        var origin = new Origin(file ?? "site.yml", TextPosition.Start);
        var files = new List<LanguageRulesFile>();
        if (file is not null)
        {
            string yaml = File.ReadAllText(file);
            Assert.True(YamlReader.TryRead(yaml, origin, diagnostics, out var root));
            files.Add(new LanguageRulesFile(tag, root, origin, yaml));
        }

        var settings = new SiteSettings("Test", "Test.", new Uri("https://example.org/"), null, tag, origin);
        var rules = LanguageLoader.Resolve(settings, files, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return rules!;
    }

    [GeneratedRegex(@"^  function (normalize|stem)\(.*?^  \}", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Function();
}
