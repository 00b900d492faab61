using System.Text;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqSite.Markup.Extensions.Shortcodes;

namespace StatiqSite.Markup.Extensions.ActorMentions;

/// <summary>
/// Walks one document in reading order and wraps the first mention of each actor in a link. Headings,
/// code, existing links and raw HTML are left alone. A name may be split over several literals or a
/// soft line break (wrapped Markdown often breaks "Abu Mahdi / al-Muhandis"), so matching runs over
/// each stretch of adjacent text inlines, with a line break read as a space.
/// </summary>
internal sealed class ActorMentionLinker(ActorNames names, MarkupContext context, MarkupSource source, IEnumerable<string> alreadyLinked)
{
    public const string CssClass = "actor-mention";

    private readonly HashSet<string> linked = new(alreadyLinked, StringComparer.Ordinal);

    // One buffer per thread, not per linker: linkers outlive their text (held with the rendered
    // document), and a buffer each would keep every body's longest run alive.
    [ThreadStatic]
    private static List<(Inline Node, int Start)>? runBuffer;

    [ThreadStatic]
    private static StringBuilder? textBuffer;

    public void Visit(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock or CodeBlock or HtmlBlock or ShortcodeBlock:
                    break;
                case ContainerBlock child:
                    Visit(child);
                    break;
                case LeafBlock { Inline: { } inline }:
                    Visit(inline);
                    break;
            }
        }
    }

    private void Visit(ContainerInline container)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            if (IsText(child))
            {
                child = LinkInRun(child);
                continue;
            }

            if (child is ContainerInline nested and not LinkInline)
            {
                Visit(nested);
            }

            child = child.NextSibling;
        }
    }

    /// <summary>Links mentions in the run of text inlines starting at <paramref name="first"/>; returns the inline after the run.</summary>
    private Inline? LinkInRun(Inline first)
    {
        while (true)
        {
            // Reused from run to run: a body has hundreds of them and most mention no one.
            var run = runBuffer ??= [];
            var text = textBuffer ??= new StringBuilder();
            run.Clear();
            text.Clear();
            Inline? after = first;
            while (after is not null && IsText(after))
            {
                run.Add((after, text.Length));
                if (after is LiteralInline literal)
                {
                    text.Append(literal.Content.AsSpan());
                }
                else
                {
                    text.Append(' ');
                }

                after = after.NextSibling;
            }

            string flat = text.ToString();
            if (names.Find(flat, 0, id => !linked.Contains(id)) is not { } match)
            {
                return after;
            }

            linked.Add(match.Name.ActorId);
            source.Mention(match.Name.ActorId);
            var link = Wrap(run, match.Index, match.Index + match.Name.Text.Length, match.Name.ActorId);
            if (link.NextSibling is not { } next || !IsText(next))
            {
                return link.NextSibling;
            }

            first = next;
        }
    }

    private LinkInline Wrap(List<(Inline Node, int Start)> run, int start, int end, string actorId)
    {
        var firstNode = SplitAt(run, start, keepRight: true);
        var lastNode = SplitAt(run, end, keepRight: false);

        var link = new LinkInline(context.Urls.Actor(actorId), context.ActorRoles.GetValueOrDefault(actorId, string.Empty))
        {
            IsClosed = true,
            Span = firstNode.Span,
            Line = firstNode.Line,
            Column = firstNode.Column,
        };
        link.GetAttributes().AddClass(CssClass);

        // Markdig's InsertBefore leaves the inserted inline without a previous sibling, which breaks
        // backward walks (Descendants) over the container; insert after the previous one instead.
        if (firstNode.PreviousSibling is { } previous)
        {
            previous.InsertAfter(link);
        }
        else
        {
            firstNode.InsertBefore(link);
        }

        var node = firstNode;
        while (true)
        {
            var next = node.NextSibling;
            node.Remove();
            link.AppendChild(node);
            if (ReferenceEquals(node, lastNode) || next is null)
            {
                break;
            }

            node = next;
        }

        return link;
    }

    /// <summary>
    /// Splits the run's literal at a text offset and returns the inline that begins there
    /// (<paramref name="keepRight"/>) or ends there. A match never starts or ends inside a line break.
    /// </summary>
    private static Inline SplitAt(List<(Inline Node, int Start)> run, int offset, bool keepRight)
    {
        for (int i = 0; i < run.Count; i++)
        {
            var (node, start) = run[i];
            int length = node is LiteralInline l ? l.Content.Length : 1;
            int end = start + length;
            bool inside = keepRight ? offset >= start && offset < end : offset > start && offset <= end;
            if (!inside)
            {
                continue;
            }

            if (node is not LiteralInline literal || (keepRight ? offset == start : offset == end))
            {
                return node;
            }

            int cut = literal.Content.Start + (offset - start);
            var right = new LiteralInline(new StringSlice(literal.Content.Text, cut, literal.Content.End))
            {
                Line = literal.Line,
                Column = literal.Column + (offset - start),
                Span = new SourceSpan(literal.Span.Start + (offset - start), literal.Span.End),
            };
            literal.Content = new StringSlice(literal.Content.Text, literal.Content.Start, cut - 1);
            literal.Span = new SourceSpan(literal.Span.Start, literal.Span.Start + (offset - start) - 1);
            literal.InsertAfter(right);

            run[i] = (literal, start);
            run.Insert(i + 1, (right, offset));
            return keepRight ? right : literal;
        }

        throw new InvalidOperationException($"offset {offset} is outside the text run");
    }

    private static bool IsText(Inline inline) => inline is LiteralInline or LineBreakInline { IsHard: false };
}
