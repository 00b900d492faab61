using StatiqSite.Diagnostics;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Robustness;

/// <summary>The bad-input catalogue: after/before links that name nothing, go round in a circle or leave no possible day.</summary>
public static partial class Catalogue
{
    private static string Link(string relation, string key, string target, string locator = "¶1") =>
        $"{relation}:\n  - {key}: {target}\n    source: article-one\n    locator: {locator}\n";

    private static IEnumerable<BadInput> Chronology() =>
    [
        new("sequence/unknown-event", Codes.UnknownReference, Strike, 14,
            s => s.Append(Strike, Link("after", "event", "invasio"))) { Column = 12, Says = "did you mean 'invasion'" },
        new("sequence/unknown-source-publication", Codes.UnknownReference, Strike, 14,
            s => s.Append(Strike, Link("before", "published", "article-too"))) { Says = "did you mean 'article-one'" },
        new("sequence/locator-beyond-article", Codes.LocatorOutOfRange, Strike, 15,
            s => s.Append(Strike, Link("after", "event", "invasion", "¶40"))) { Says = "¶1–¶10" },
        new("sequence/no-record-named", Codes.MissingField, Strike, 14,
            s => s.Append(Strike, "after:\n  - source: article-one\n    locator: ¶1\n")) { Says = "'event: <id>'" },
        new("sequence/two-records-named", Codes.InvalidValue, Strike, 14,
            s => s.Append(Strike, "after:\n  - event: invasion\n    briefing: strike-week\n    source: article-one\n    locator: ¶1\n")) { Says = "one record per item" },
        new("sequence/itself", Codes.SequenceCycle, Strike, 14,
            s => s.Append(Strike, Link("after", "event", "strike"))) { Says = "itself" },
        new("sequence/cycle", Codes.SequenceCycle, Strike, 14,
            s =>
            {
                s.Append(Strike, Link("after", "event", "invasion"));
                s.Append(Invasion, Link("after", "event", "strike"));
            }) { Says = "events/2003-invasion.yml:9:12" },
        new("sequence/no-possible-day", Codes.NoPossibleDay, Invasion, 1,
            s => s.Append(Invasion, Link("after", "event", "strike"))) { Says = "on or after 2020-01-03" },
        new("sequence/era-opens-twice", Codes.EraOutOfOrder, "events/2003-aftermath.yml", 3,
            s => s.Write("events/2003-aftermath.yml", "title: The aftermath\ndate: 2003/2021\nera: early\nsummary: Years of it.\nsources:\n  - source: column\n    locator: ¶3\n" + Link("after", "event", "strike")))
        {
            Severity = Severity.Warning, Says = "open twice",
        },
    ];
}
