using System.Globalization;
using StatiqSite.Content.Model;

namespace StatiqSite.Theme.Strings;

/// <summary>An event's page and card, and the lists of events.</summary>
public sealed class EventStrings(StringTable t)
{
    public string PagerLabel { get; } = t.Text("events.pager_label");

    public string PagerNoun { get; } = t.Text("events.pager_noun");

    public string More { get; } = t.Text("events.more");

    /// <summary>" on “{title}”", read out by screen readers after "More".</summary>
    public Template MoreOn { get; } = t.Template("events.more_on", "title");

    public string MoreWhat { get; } = t.Text("events.more_what");

    public string SeeDisagreement { get; } = t.Text("events.see_disagreement");

    public string SeeDisagreementHidden { get; } = t.Text("events.see_disagreement_hidden");

    public string Who { get; } = t.Text("events.who");

    public string Where { get; } = t.Text("events.where");

    public string Sources { get; } = t.Text("events.sources");

    public string WhereItHappened { get; } = t.Text("events.where_it_happened");
}

/// <summary>The timeline's filters.</summary>
public sealed class FilterStrings(StringTable t)
{
    private readonly Template byActor = t.Template("filters.by_actor", "count");
    private readonly Template more = t.Template("filters.more", "count");

    public string Title { get; } = t.Text("filters.title");

    public string Hint { get; } = t.Text("filters.hint");

    public string All { get; } = t.Text("filters.all");

    public string ByTheme { get; } = t.Text("filters.by_theme");

    public string ByActor(int count) => byActor.Fill(("count", count.ToString(CultureInfo.InvariantCulture)));

    public string More(int count) => more.Fill(("count", count.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>A period on the timeline.</summary>
public sealed class EraStrings(StringTable t)
{
    public string Continued { get; } = t.Text("eras.continued");

    public string About { get; } = t.Text("eras.about");

    public string Background { get; } = t.Text("eras.background");

    public string BackgroundNote { get; } = t.Text("eras.background_note");
}

/// <summary>Explainers' and briefings' pages.</summary>
public sealed class DocumentStrings(StringTable t)
{
    public string KeyDates { get; } = t.Text("documents.key_dates");
}

/// <summary>The corrections page, the notes on corrected pages, and how readers report an error.</summary>
public sealed class CorrectionStrings(StringTable t) : PageCopy(t, "corrections")
{
    private readonly string[] kinds = [.. Kinds.Select(k => t.Text("corrections.kinds." + k.Key))];

    private static readonly (PageKind Kind, string Key)[] Kinds =
    [
        (PageKind.Event, "event"), (PageKind.Actor, "actor"), (PageKind.Figure, "figure"), (PageKind.Source, "source"),
        (PageKind.Explainer, "explainer"), (PageKind.Briefing, "briefing"), (PageKind.Page, "page"),
    ];

    public string NoteTitleOne { get; } = t.Text("corrections.note_title.one");

    public string NoteTitleMany { get; } = t.Text("corrections.note_title.other");

    /// <summary>"Corrected {date}:", where the date is a time element.</summary>
    public Template Corrected { get; } = t.Template("corrections.corrected", "date");

    public string AllLink { get; } = t.Text("corrections.all_link");

    public string SoFar { get; } = t.Text("corrections.so_far");

    public string None { get; } = t.Text("corrections.none");

    public string ContactTitle { get; } = t.Text("corrections.contact_title");

    /// <summary>"Write to {address}, ..." where the address is a link.</summary>
    public Template ContactMail { get; } = t.Template("corrections.contact_mail", "address");

    public Template ContactWeb { get; } = t.Template("corrections.contact_web", "address");

    /// <summary>What kind of page a correction corrects, on the list of corrections.</summary>
    public string KindLabel(PageKind kind) => kinds[Math.Max(0, Array.FindIndex(Kinds, k => k.Kind == kind))];
}
