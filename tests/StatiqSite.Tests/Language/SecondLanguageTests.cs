using System.Globalization;
using System.Text.Json;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Language;

/// <summary>
/// A site in a language the theme does not ship, right to left: the Arabic fixture (Fixtures/arabic), whose
/// own i18n/ar.rules.yml gives the direction, the dates and the search rules.
/// </summary>
public class SecondLanguageTests : IClassFixture<SecondLanguageTests.ArabicBuild>
{
    private readonly BuiltSite built;

    public SecondLanguageTests(ArabicBuild build) => built = build.Built;

    public static string Input => Path.Combine(Repo.Root, "tests", "StatiqSite.Tests", "Fixtures", "arabic", "input");

    [Fact]
    public void Every_page_is_right_to_left_in_the_site_s_language()
    {
        foreach (string path in built.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = built.Html(path).DocumentElement;
            Assert.Equal("ar", html.GetAttribute("lang"));
            Assert.Equal("rtl", html.GetAttribute("dir"));
        }
    }

    [Fact]
    public void Dates_read_in_the_language_s_words_and_machine_dates_stay_iso()
    {
        var time = built.Html("events/library-opens/index.html").QuerySelector(".event-date time");
        Assert.Equal("3 يناير 2020", time?.TextContent);
        Assert.Equal("2020-01-03", time?.GetAttribute("datetime"));

        var timeline = built.Html("timeline/index.html").QuerySelectorAll(".event-date time").Select(t => t.TextContent).ToList();
        Assert.Contains("نحو ديسمبر 2019", timeline);

        var events = JsonDocument.Parse(built.Text("data/events.json")).RootElement.GetProperty("events").EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("date"));
        Assert.Equal("3 يناير 2020", events["library-opens"].GetProperty("display").GetString());
        Assert.Equal("2019-12~", events["library-plan"].GetProperty("edtf").GetString());
    }

    [Fact]
    public void The_index_holds_words_folded_and_without_short_vowels_by_the_language_s_rules()
    {
        var terms = built.Files.Keys.Where(p => p.StartsWith("search/t/", StringComparison.Ordinal))
            .SelectMany(p => JsonDocument.Parse(built.Text(p)).RootElement.EnumerateObject().Select(t => t.Name))
            .ToHashSet(StringComparer.Ordinal);

        // "مَكتبة" is indexed as "مكتبه": the fatha dropped, ta marbuta folded; "أُعلنت" as "اعلنت".
        Assert.Contains("مكتبه", terms);
        Assert.Contains("اعلنت", terms);
        Assert.DoesNotContain(terms, t => t.Contains('ة', StringComparison.Ordinal) || t.Contains('أ', StringComparison.Ordinal) || t.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark));

        // The stop words reach the script normalized by the same rules, as its query words are.
        var manifest = JsonDocument.Parse(built.Text("search/index.json")).RootElement;
        var stop = manifest.GetProperty("stop").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("الي", stop);
        Assert.DoesNotContain("إلى", stop);
        Assert.Contains(manifest.GetProperty("replace").EnumerateArray(), r => r[0].GetString() == "[ة]" && r[1].GetString() == "ه");
    }

    /// <summary>The fixture built once for the class.</summary>
    public sealed class ArabicBuild : IAsyncLifetime
    {
        public BuiltSite Built { get; private set; } = null!;

        public async Task InitializeAsync() => Built = await BuiltSite.BuildAsync(Input);

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
