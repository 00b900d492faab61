using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StatiqSite.Tests.Support;

/// <summary>Parses built pages with AngleSharp.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Load(string outputFolder, string relativePath) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(outputFolder, relativePath)));

    public static IDocument Parse(string html) => Parser.ParseDocument(html);
}
