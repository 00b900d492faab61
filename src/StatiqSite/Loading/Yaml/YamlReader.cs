using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StatiqSite.Loading.Yaml;

/// <summary>Reads one YAML document into a <see cref="YamlValue"/> tree, reporting problems as diagnostics.</summary>
public static partial class YamlReader
{
    // Deep nesting is never legitimate content; a bound keeps hostile input from exhausting the stack.
    private const int MaxDepth = 32;

    /// <param name="lineOffset">Lines before the YAML in its file (front matter starts on line 2).</param>
    /// <returns>False when the YAML could not be read (the problem is reported); the root is null for an empty document.</returns>
    public static bool TryRead(string text, Origin file, DiagnosticBag diagnostics, out YamlValue? root, int lineOffset = 0)
    {
        root = Read(text, file, diagnostics, lineOffset, out bool ok);
        return ok;
    }

    private static YamlValue? Read(string text, Origin file, DiagnosticBag diagnostics, int lineOffset, out bool ok)
    {
        if (QuickYaml.TryRead(text, lineOffset) is { } quick)
        {
            ok = true;
            return quick;
        }

        return ReadWithParser(text, file, diagnostics, lineOffset, out ok);
    }

    /// <summary>The reading with YamlDotNet's parser alone, which the quick reader defers to.</summary>
    internal static YamlValue? ReadWithParser(string text, Origin file, DiagnosticBag diagnostics, int lineOffset, out bool ok)
    {
        ok = false;
        if (TabIndent(text) is { } tab)
        {
            diagnostics.Error(Codes.YamlSyntax, file.At(tab with { Line = tab.Line + lineOffset }),
                "the YAML is indented with a tab here; indent with spaces, not tabs");
            return null;
        }

        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                ok = true;
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadValue(parser, file, diagnostics, lineOffset, 0);
            var end = parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var next = parser.Current!;
                diagnostics.Error(Codes.YamlSyntax, file.At(Position(next.Start, lineOffset)), end.IsImplicit
                    ? "a second YAML document starts here ('---'); a content file holds exactly one"
                    : $"the YAML was ended with '...' on line {Position(end.Start, lineOffset).Line}, but more text follows here; remove the '...' line, or the text after it");
                return null;
            }

            ok = true;
            return root;
        }
        catch (RefusedException refused)
        {
            diagnostics.Add(refused.Diagnostic);
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Error(Codes.YamlSyntax, file.At(Position(e.Start, lineOffset)), Describe(e));
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // YamlDotNet's scanner fails this way on an unclosed flow collection, for one; whatever the parser
            // throws on malformed input is reported where parsing stopped, never as a crash.
            var at = parser.Current is { } current ? Position(current.Start, lineOffset) : TextPosition.Start;
            diagnostics.Error(Codes.YamlSyntax, file.At(at),
                "the YAML cannot be read: a '[' or '{' is not closed, or a line is indented wrongly near here; check brackets, quotes and indentation");
            return null;
        }
    }

    private static TextPosition? TabIndent(string text)
    {
        int line = 1;
        bool atLineStart = true;
        int column = 1;
        foreach (char c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }

            if (atLineStart && c == '\t')
            {
                return new TextPosition(line, column);
            }

            if (c != ' ')
            {
                atLineStart = false;
            }

            column++;
        }

        return null;
    }

    private static YamlValue ReadValue(IParser parser, Origin file, DiagnosticBag diagnostics, int lineOffset, int depth)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of the YAML document");
        var at = Position(current.Start, lineOffset);
        if (depth > MaxDepth)
        {
            throw new RefusedException(Diagnostic.Error(Codes.YamlSyntax, file.At(at),
                $"the YAML is nested more than {MaxDepth} levels deep; content files need only a few levels"));
        }

        if (current is AnchorAlias || current is NodeEvent { Anchor.IsEmpty: false })
        {
            // Refusing anchors outright is the simplest bound on "billion laughs" expansion, and
            // content files never need them: write each value out in full.
            throw new RefusedException(Diagnostic.Error(Codes.YamlAliasRefused, file.At(at),
                "YAML anchors and aliases (&name, *name) are not allowed in content; write the value out in full"));
        }

        switch (current)
        {
            case Scalar scalar:
                // Only a double-quoted scalar decodes escapes ("\x1b", "\0"); every other character was checked in the file.
                if (scalar.Style == ScalarStyle.DoubleQuoted && Text.CharRanges.IndexOfForbidden(scalar.Value) is var bad and >= 0)
                {
                    throw new RefusedException(Diagnostic.Error(Codes.ControlCharacter, file.At(at), TextFile.ForbiddenMessage(scalar.Value[bad], escaped: true)));
                }

                parser.MoveNext();
                return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, at) { IsBlock = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded };

            case SequenceStart:
                {
                    parser.MoveNext();
                    var items = ImmutableArray.CreateBuilder<YamlValue>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(ReadValue(parser, file, diagnostics, lineOffset, depth + 1));
                    }

                    return new YamlList(items.ToImmutable(), at);
                }

            case MappingStart:
                {
                    parser.MoveNext();
                    var entries = ImmutableArray.CreateBuilder<KeyValuePair<YamlScalar, YamlValue>>();
                    var seen = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyValue = ReadValue(parser, file, diagnostics, lineOffset, depth + 1);
                        if (keyValue is not YamlScalar key)
                        {
                            throw new RefusedException(Diagnostic.Error(Codes.YamlSyntax, file.At(keyValue.At),
                                "a key must be plain text, such as 'title:'"));
                        }

                        var value = ReadValue(parser, file, diagnostics, lineOffset, depth + 1);
                        if (seen.TryGetValue(key.Value, out var first))
                        {
                            diagnostics.Error(Codes.DuplicateKey, file.At(key.At),
                                $"the key '{key.Value}' appears twice (first on line {first.Line}); keep one");
                            continue;
                        }

                        seen.Add(key.Value, key.At);
                        entries.Add(new(key, value));
                    }

                    return new YamlMap(entries.ToImmutable(), at);
                }

            default:
                throw new YamlException(current.Start, current.End, $"unexpected YAML element {current.GetType().Name}");
        }
    }

    private static TextPosition Position(Mark mark, int lineOffset) =>
        new((int)Math.Max(1, mark.Line) + lineOffset, (int)Math.Max(1, mark.Column));

    private static string Describe(YamlException e)
    {
        string message = PositionPrefix().Replace(e.Message, string.Empty).Trim();
        if (message.Length > 0)
        {
            message = char.ToLowerInvariant(message[0]) + message[1..];
        }

        string hint = message.Contains("tab", StringComparison.OrdinalIgnoreCase)
            ? "indent with spaces, not tabs"
            : "check the indentation and that every quote is closed";
        return $"the YAML cannot be read: {message.TrimEnd('.')}; {hint}";
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();

    private sealed class RefusedException(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
