using StatiqSite.Content.Language;
using StatiqSite.Discovery.Search;
using StatiqSite.Loading;

namespace StatiqSite.Tests.Support;

/// <summary>The theme's English rules, which the real site and the fixture sites use.</summary>
public static class English
{
    public static LanguageRules Rules { get; } = LanguageLoader.Default("en")!;

    public static DateFormatter Dates => Rules.Formatter;

    public static SearchText Search { get; } = new(Rules.Search);
}
