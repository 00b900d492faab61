using Markdig.Parsers;
using Markdig.Syntax;

namespace StatiqSite.Markup.Extensions.Shortcodes;

/// <summary>
/// A line <c>{{&lt; event some-id &gt;}}</c> or <c>{{&lt; figure some-id &gt;}}</c>: a place where the theme draws
/// an event card or a figure panel. <see cref="Name"/> is null when the line could not be read.
/// </summary>
public sealed class ShortcodeBlock(BlockParser parser) : LeafBlock(parser)
{
    public string? Name { get; set; }

    public string? Id { get; set; }

    public string Raw { get; set; } = string.Empty;
}
