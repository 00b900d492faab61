using System.Security.Cryptography;
using System.Text;

namespace StatiqSite.Theme.Strings;

/// <summary>
/// Every reader-facing string of the theme, typed and grouped by where it appears. Made once per build from
/// the theme's defaults for the site's language with the site's own file over them (Loading/StringsLoader).
/// </summary>
public sealed class SiteStrings : IEquatable<SiteStrings>
{
    private readonly string fingerprint;

    public SiteStrings(StringTable table)
    {
        fingerprint = Fingerprint(table);
        var counts = new CountStrings(table);
        Layout = new LayoutStrings(table);
        Nav = new NavStrings(table);
        Common = new CommonStrings(table);
        Counts = counts;
        Kinds = new KindStrings(table);
        Home = new HomeStrings(table);
        Timeline = new TimelineStrings(table);
        Glossary = new GlossaryStrings(table);
        Explainers = new IndexCopy(table, "explainers");
        Briefings = new BriefingStrings(table);
        Sources = new SourceStrings(table);
        Figures = new IndexCopy(table, "figures");
        Search = new SearchStrings(table);
        NotFound = new NotFoundStrings(table);
        Corrections = new CorrectionStrings(table);
        Events = new EventStrings(table);
        Filters = new FilterStrings(table);
        Eras = new EraStrings(table);
        Documents = new DocumentStrings(table);
        Story = new StoryStrings(table);
        Standing = new StandingStrings(table);
        ActorPage = new ActorPageStrings(table);
        EventPage = new EventPageStrings(table);
        SourcePage = new SourcePageStrings(table);
        ExplainerPage = new ExplainerPageStrings(table);
        BriefingPage = new BriefingPageStrings(table);
        FigurePage = new FigurePageStrings(table);
        Data = new DataStrings(table);
        Notices = new NoticeStrings(table);
        Redirect = new RedirectStrings(table);
    }

    public LayoutStrings Layout { get; }

    public NavStrings Nav { get; }

    public CommonStrings Common { get; }

    public CountStrings Counts { get; }

    public KindStrings Kinds { get; }

    public HomeStrings Home { get; }

    public TimelineStrings Timeline { get; }

    public GlossaryStrings Glossary { get; }

    public IndexCopy Explainers { get; }

    public BriefingStrings Briefings { get; }

    public SourceStrings Sources { get; }

    public IndexCopy Figures { get; }

    public SearchStrings Search { get; }

    public NotFoundStrings NotFound { get; }

    public CorrectionStrings Corrections { get; }

    public EventStrings Events { get; }

    public FilterStrings Filters { get; }

    public EraStrings Eras { get; }

    public DocumentStrings Documents { get; }

    public StoryStrings Story { get; }

    public StandingStrings Standing { get; }

    public ActorPageStrings ActorPage { get; }

    public EventPageStrings EventPage { get; }

    public SourcePageStrings SourcePage { get; }

    public ExplainerPageStrings ExplainerPage { get; }

    public BriefingPageStrings BriefingPage { get; }

    public FigurePageStrings FigurePage { get; }

    public DataStrings Data { get; }

    public NoticeStrings Notices { get; }

    public RedirectStrings Redirect { get; }

    // Equal strings make equal pages: preview keeps a page drawn with the same strings as before.
    public bool Equals(SiteStrings? other) => other is not null && other.fingerprint == fingerprint;

    public override bool Equals(object? obj) => Equals(obj as SiteStrings);

    public override int GetHashCode() => fingerprint.GetHashCode(StringComparison.Ordinal);

    private static string Fingerprint(StringTable table)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in table.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append('\0').Append(value).Append('\0');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
