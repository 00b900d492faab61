using StatiqSite.Content.Model;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Loading.Readers;

/// <summary>Readers for the MarkdownText kinds; the body comes from after the front matter.</summary>
public static class DocumentReaders
{
    public static Briefing? Briefing(Fields f, string id, MarkdownText body)
    {
        string? title = f.Text("title", required: true);
        var date = f.Date("date", required: true);
        string? summary = f.Text("summary", required: true);
        var events = f.RefList("events");
        var sources = f.Records("sources", "citation", CitationReader.Read);
        bool draft = f.Bool("draft");
        var sequence = SequenceReader.Read(f);
        if (title is null || date is null || summary is null)
        {
            return null;
        }

        return new Briefing(id, title, date, summary, events, sources, draft, body, f.Origin) { Sequence = sequence };
    }

    public static Explainer? Explainer(Fields f, string id, MarkdownText body)
    {
        string? title = f.Text("title", required: true);
        string? summary = f.Text("summary", required: true);
        var updated = f.IsoDay("updated");
        var events = f.RefList("events");
        var figures = f.RefList("figures");
        var sources = f.Records("sources", "citation", CitationReader.Read);
        bool draft = f.Bool("draft");
        if (title is null || summary is null)
        {
            return null;
        }

        return new Explainer(id, title, summary, updated, events, figures, sources, draft, body, f.Origin);
    }

    public static Page? Page(Fields f, string id, MarkdownText body)
    {
        string? title = f.Text("title", required: true);
        string? summary = f.Text("summary", required: true);
        return title is null || summary is null ? null : new Page(id, title, summary, body, f.Origin);
    }
}
