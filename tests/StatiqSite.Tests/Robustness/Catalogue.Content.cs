using System.Text;
using StatiqSite.Diagnostics;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Robustness;

/// <summary>The bad-input catalogue, part two: Markdown, raw HTML and URLs, paths, encodings, symbolic links.</summary>
public static partial class Catalogue
{
    public static IReadOnlyList<BadInput> All { get; } =
        [.. Yaml(), .. FieldTypes(), .. MissingAndUnknown(), .. References(), .. Dates(), .. Markdown(), .. RawHtml(), .. Paths(), .. Encoding(), .. Links(), .. Limits(), .. Chronology()];

    public static BadInput Named(string name) => All.Single(c => c.Name == name);

    private static IEnumerable<BadInput> Markdown() =>
    [
        new("md/front-matter-not-closed", Codes.FrontMatterNotClosed, About, 1,
            s => s.Write(About, "---\ntitle: About\nsummary: What this is.\nThis site is a test.\n")) { Says = "add a line '---'" },
        new("md/front-matter-delimiter-inside-code-block", Codes.FrontMatterNotClosed, About, 4,
            s => s.Write(About, "---\ntitle: About\nsummary: What this is.\n```yaml\n---\n```\n")) { Says = "code fence" },
        new("md/front-matter-missing", Codes.FrontMatterMissing, About, 1,
            s => s.Write(About, "# About\n\nThis site is a test.\n")) { Says = "start with front matter" },
        new("md/unknown-event-shortcode", Codes.UnknownReference, About, 7,
            s => s.Replace(About, "{{< event strike >}}", "{{< event strik >}}")) { Says = "did you mean 'strike'?" },
        new("md/unknown-figure-shortcode", Codes.UnknownReference, About, 7,
            s => s.Replace(About, "{{< event strike >}}", "{{< figure troops >}}")) { Says = "unknown figure 'troops'" },
        new("md/unknown-actor-link", Codes.UnknownReference, About, 5,
            s => s.Replace(About, "(event:strike)", "(actor:nobody)")) { Column = 26, Says = "unknown actor 'nobody'" },
        // Found only by the link check, after the pages were written to the staging folder.
        new("md/broken-site-link", Codes.BrokenLink, About, 5,
            s => s.Replace(About, "(event:strike)", "(/no-such-page/)")) { Says = "/no-such-page/" },
        new("md/unknown-event-link-in-yaml-summary", Codes.UnknownReference, Strike, 9,
            s => s.Replace(Strike, "**Soleimani**", "[Soleimani](event:nowhere)")) { Says = "unknown event 'nowhere'" },
        new("md/unknown-shortcode", Codes.UnknownShortcode, About, 7,
            s => s.Replace(About, "{{< event strike >}}", "{{< video strike >}}")) { Says = "is not a shortcode" },
        new("md/shortcode-in-a-summary", Codes.UnknownShortcode, Invasion, 7,
            s => s.Replace(Invasion, "summary: The invasion began.", "summary: |\n  The invasion began.\n\n  {{< event strike >}}")) { Says = "only in the body" },
        new("md/source-paragraph-out-of-range", Codes.LocatorOutOfRange, "briefings/2020-01-strike-week.md", 10,
            s => s.Replace("briefings/2020-01-strike-week.md", "source:article-one#1", "source:article-one#99")) { Says = "paragraph number in range" },
    ];

    private static IEnumerable<BadInput> RawHtml() =>
    [
        new("html/script-block", Codes.RawHtml, About, 7, s => s.AboutBody("Hello.\n\n<script>alert(1)</script>\n")) { Says = "write it in Markdown" },
        new("html/script-inline", Codes.RawHtml, About, 5, s => s.AboutBody("Hello <script>alert(1)</script> there.\n")) { Column = 7 },
        new("html/onerror-attribute", Codes.RawHtml, About, 6, s => s.AboutBody("A picture:\nsee <img src=x onerror=alert(1)> here.\n")),
        new("html/svg-onload", Codes.RawHtml, About, 5, s => s.AboutBody("<svg onload=alert(1)>\n")),
        new("html/iframe", Codes.RawHtml, About, 7, s => s.AboutBody("Hello.\n\n<iframe src=\"https://evil.example/\"></iframe>\n")),
        new("html/style", Codes.RawHtml, About, 7, s => s.AboutBody("Hello.\n\n<style>body { display: none }</style>\n")),
        new("html/comment", Codes.RawHtml, About, 5, s => s.AboutBody("<!-- a hidden note -->\n")),
        new("html/in-a-yaml-summary", Codes.RawHtml, Strike, 9,
            s => s.Replace(Strike, "**Soleimani**", "<script>alert(1)</script>")),
        new("url/javascript", Codes.UnsafeUrl, About, 5, s => s.AboutBody("Click [here](javascript:alert(1)).\n")) { Column = 7, Says = "not allowed" },
        new("url/javascript-mixed-case", Codes.UnsafeUrl, About, 5, s => s.AboutBody("[here](JaVaScRiPt:alert(1))\n")),
        new("url/javascript-tab-entity", Codes.UnsafeUrl, About, 5, s => s.AboutBody("[here](java&#x09;script:alert(1))\n")),
        new("url/javascript-newline-entity", Codes.UnsafeUrl, About, 5, s => s.AboutBody("[here](java&#10;script:alert(1))\n")),
        new("url/javascript-letter-entity", Codes.UnsafeUrl, About, 5, s => s.AboutBody("[here](&#106;avascript:alert(1))\n")),
        new("url/javascript-escaped-colon", Codes.UnsafeUrl, About, 5, s => s.AboutBody("[here](javascript\\:alert(1))\n")),
        new("url/javascript-autolink", Codes.UnsafeUrl, About, 5, s => s.AboutBody("<javascript:alert(1)>\n")),
        new("url/javascript-image", Codes.UnsafeUrl, About, 5, s => s.AboutBody("![a picture](javascript:alert(1))\n")),
        new("url/javascript-reference-definition", Codes.UnsafeUrl, About, 5, s => s.AboutBody("[here][x]\n\n[x]: javascript:alert(1)\n")),
        new("url/data", Codes.UnsafeUrl, About, 5, s => s.AboutBody("[here](data:text/html;base64,PHNjcmlwdD4=)\n")),
        new("url/vbscript", Codes.UnsafeUrl, About, 5, s => s.AboutBody("[here](vbscript:msgbox)\n")),
    ];

    private static IEnumerable<BadInput> Paths() =>
    [
        new("path/id-with-dot-dot-slash", Codes.InvalidId, "themes.yml", 4, s => s.Append("themes.yml", "- id: ../../escape\n  title: Escape\n")) { Column = 7 },
        new("path/id-with-slash", Codes.InvalidId, "themes.yml", 4, s => s.Append("themes.yml", "- id: a/b\n  title: Slash\n")),
        new("path/id-with-backslash", Codes.InvalidId, "themes.yml", 4, s => s.Append("themes.yml", "- id: 'a\\b'\n  title: Backslash\n")),
        new("path/id-with-drive-letter", Codes.InvalidId, "themes.yml", 4, s => s.Append("themes.yml", "- id: 'C:'\n  title: Drive\n")),
        // The NUL is decoded from an escape, so the rule on control characters refuses it before the id rule sees it.
        new("path/id-with-nul", Codes.ControlCharacter, "themes.yml", 4, s => s.Append("themes.yml", "- id: \"a\\0b\"\n  title: Nul\n")) { Says = "U+0000" },
        new("path/event-file-named-dot-dot", Codes.InvalidId, "events/2020-01-03-...yml", 1, s => s.Write("events/2020-01-03-...yml", FixtureSite.Files[Invasion])),
        new("path/file-name-with-backslash", Codes.InvalidId, "actors/a\\b.yml", 1, s => s.Write("actors/a\\b.yml", FixtureSite.Files[Baghdad])),
        new("path/reserved-name", Codes.InvalidId, "actors/con.yml", 1, s => s.Write("actors/con.yml", FixtureSite.Files[Baghdad])) { Says = "reserved" },
        new("path/reserved-name-upper-case", Codes.InvalidId, "actors/CON.yml", 1, s => s.Write("actors/CON.yml", FixtureSite.Files[Baghdad])) { Says = "'con'" },
        new("path/unicode-names-that-normalise-alike", Codes.InvalidId, "actors/cafe\u0301.yml", 1,
            s =>
            {
                s.Write("actors/caf\u00e9.yml", FixtureSite.Files[Baghdad]);
                s.Write("actors/cafe\u0301.yml", FixtureSite.Files[Baghdad]);
            }) { Says = "'cafe'" },
        new("path/full-width-letters", Codes.InvalidId, "actors/\uff53\uff4f\uff4c\uff45\uff49\uff4d\uff41\uff4e\uff49.yml", 1,
            s => s.Write("actors/\uff53\uff4f\uff4c\uff45\uff49\uff4d\uff41\uff4e\uff49.yml", FixtureSite.Files[Soleimani])),
        new("path/very-long-name", Codes.InvalidId, $"actors/{new string('a', 200)}.yml", 1,
            s => s.Write($"actors/{new string('a', 200)}.yml", FixtureSite.Files[Baghdad])) { Says = "200 characters" },
        new("path/redirect-with-dot-dot", Codes.InvalidId, Baghdad, 9, s => s.Append(Baghdad, "redirect_from:\n  - ../../etc\n")) { Column = 5, Says = "in redirect_from" },
    ];

    private static IEnumerable<BadInput> Encoding() =>
    [
        new("enc/latin-1", Codes.InvalidUtf8, Baghdad, 3,
            s => s.WriteBytes(Baghdad, WithByte(FixtureSite.Files[Baghdad].Replace("Capital of Iraq", "Capital caf@", StringComparison.Ordinal), 0xE9))) { Column = 18, Says = "byte offset 43 (0xE9)" },
        new("enc/latin-1-far-in", Codes.InvalidUtf8, Strike, 13,
            s => s.WriteBytes(Strike, WithByte(FixtureSite.Files[Strike] + "\nnotes: " + new string('x', 5000) + " d@j\n", 0xE9))) { Column = 5010, Says = $"byte offset {FarOffset} (0xE9)" },
        new("enc/utf-16", Codes.InvalidUtf8, Baghdad, 1,
            s => s.WriteBytes(Baghdad, [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(FixtureSite.Files[Baghdad])])) { Says = "byte offset 0" },
        new("enc/truncated-sequence", Codes.InvalidUtf8, Baghdad, 8,
            s => s.WriteBytes(Baghdad, [.. System.Text.Encoding.UTF8.GetBytes(FixtureSite.Files[Baghdad] + "\nnotes: x"), 0xE2, 0x82])),
        new("enc/control-character", Codes.ControlCharacter, Baghdad, 3,
            s => s.Replace(Baghdad, "role: Capital of Iraq", "role: Capital\u0007 of Iraq")) { Column = 14, Says = "U+0007" },
        new("enc/empty-file", Codes.EmptyFile, Baghdad, 1, s => s.WriteBytes(Baghdad, [])),
        new("enc/whitespace-only", Codes.EmptyFile, Baghdad, 1, s => s.WriteBytes(Baghdad, "\n  \n\n"u8.ToArray())),
        new("enc/empty-markdown", Codes.EmptyFile, About, 1, s => s.WriteBytes(About, [])),
        new("enc/ten-megabytes", Codes.FileTooLarge, Baghdad, 1,
            s => s.WriteBytes(Baghdad, Bytes(FixtureSite.Files[Baghdad] + "\nnotes: " + new string('x', 10 * 1024 * 1024), latin1: false))) { Says = "over the limit" },
    ];

    private static IEnumerable<BadInput> Links() =>
    [
        new("link/file-pointing-outside", Codes.SymlinkOutsideInput, "actors/secret.yml", 1,
            s => s.Link("actors/secret.yml", s.Outside("secret.yml", FixtureSite.Files[Baghdad]))) { Says = "refused" },
        new("link/relative-file-pointing-outside", Codes.SymlinkOutsideInput, "actors/secret.yml", 1,
            s =>
            {
                s.Outside("secret.yml", FixtureSite.Files[Baghdad]);
                s.Link("actors/secret.yml", "../../outside/secret.yml");
            }),
        new("link/folder-pointing-outside", Codes.SymlinkOutsideInput, "figures", 1,
            s =>
            {
                s.Outside("figures/troops.yml", Figure);
                s.LinkFolder("figures", Path.Combine(s.Root(), "outside", "figures"));
            }),
        new("link/folder-loop-is-not-followed", Codes.UnexpectedFile, "actors/again", 1,
            s =>
            {
                s.LinkFolder("actors/again", "..");
                s.LinkFolder("actors/and-again", "..");
            }) { Severity = Severity.Warning, Says = "not followed" },
        new("link/dangling", Codes.UnreadableFile, "actors/ghost.yml", 1,
            s => s.Link("actors/ghost.yml", "nowhere.yml")) { Says = "cannot be read" },
        new("link/loop", Codes.UnreadableFile, "actors/loop.yml", 1,
            s => s.Link("actors/loop.yml", "loop.yml")),
    ];

    // Where the stray byte of enc/latin-1-far-in lands: after the strike event, its newline, and the notes line's start.
    private static int FarOffset => System.Text.Encoding.UTF8.GetByteCount(FixtureSite.Files[Strike].ReplaceLineEndings("\n") + "\nnotes: " + new string('x', 5000) + " d");

    private static byte[] Bytes(string text, bool latin1) =>
        latin1 ? System.Text.Encoding.Latin1.GetBytes(text.ReplaceLineEndings("\n")) : System.Text.Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"));

    /// <summary>The text as UTF-8 with its one '@' replaced by a single byte that UTF-8 does not allow there.</summary>
    private static byte[] WithByte(string text, byte b)
    {
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"));
        int at = Array.IndexOf(utf8, (byte)'@');
        Assert.True(at >= 0 && Array.IndexOf(utf8, (byte)'@', at + 1) < 0);
        utf8[at] = b;
        return utf8;
    }
}
