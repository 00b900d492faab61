using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace StatiqSite.Markup.Extensions.Shortcodes;

/// <summary>Parses a shortcode line. Anything starting with <c>{{&lt;</c> is taken, so a malformed one is reported, not printed.</summary>
public sealed partial class ShortcodeParser : BlockParser
{
    public ShortcodeParser()
    {
        OpeningCharacters = ['{'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        StringSlice line = processor.Line;
        string text = line.ToString();
        if (!text.StartsWith("{{<", StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        var match = Pattern().Match(text);
        var block = new ShortcodeBlock(this)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
            Raw = text.Trim(),
            Name = match.Success ? match.Groups[1].Value : null,
            Id = match.Success ? match.Groups[2].Value : null,
        };
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex(@"^\{\{<\s*([a-z]+)\s+([^\s>]+)\s*>\}\}\s*$")]
    private static partial Regex Pattern();
}
