namespace StatiqSite.Tests.Support;

/// <summary>
/// Words of the real site's topic and sources that the generator's defaults must never write: a site on
/// another topic built with them would otherwise carry this one's subject.
/// </summary>
public static class TopicWords
{
    public static IReadOnlyList<string> All { get; } = ["Iraq", "Baghdad", "Soleimani", "troops", "militia", "five articles", "five source articles", "opinion column"];

    /// <summary>The topic words in <paramref name="text"/>, compared without regard to case.</summary>
    public static IReadOnlyList<string> In(string text) =>
        All.Where(word => text.Contains(word, StringComparison.OrdinalIgnoreCase)).ToList();
}
