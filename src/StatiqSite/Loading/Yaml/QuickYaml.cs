using System.Collections.Immutable;
using StatiqSite.Content.Model;
using StatiqSite.Text;

namespace StatiqSite.Loading.Yaml;

/// <summary>
/// The quick road for the YAML that content files hold: block mappings and sequences indented with
/// spaces, plain scalars on one line, quoted scalars without escapes, one-line flow lists and mappings of
/// scalars, literal block scalars (<c>|</c>), and comment lines. YamlDotNet's parser is general and
/// costs about a tenth of a cold build; this reads the common shapes several times faster.
/// <para>
/// It gives up (returns null) on anything whose reading could be in doubt: a tab, a CR or another
/// control character, an escape, a folded or chomped block scalar, a trailing comment, an empty value, a
/// duplicate key, a plain scalar that starts with an indicator or holds <c>": "</c> or <c>" #"</c>, a
/// line indented in a way the subset does not expect. YamlReader then uses YamlDotNet, which also
/// reports any problem. Tests read real content, and random changes to it, both ways and require the
/// same tree whenever this reader accepts a text.
/// </para>
/// </summary>
internal static partial class QuickYaml
{
    private const int MaxDepth = 16;

    private const int SmallMapKeys = 8;

    /// <summary>The tree for a text in the subset; null when YamlDotNet must read it.</summary>
    public static YamlValue? TryRead(string text, int lineOffset)
    {
        if (!OnlySimpleCharacters(text))
        {
            return null;
        }

        var reader = new Reader(text, lineOffset);
        return reader.Root();
    }

    /// <summary>Printable characters and line feeds only, without YAML's other line breaks or a BOM.</summary>
    private static bool OnlySimpleCharacters(string text)
    {
        var span = text.AsSpan();
        int at = 0;
        while (true)
        {
            int odd = span[at..].IndexOfAnyExcept(CharRanges.PrintableAscii);
            if (odd < 0)
            {
                return true;
            }

            at += odd;
            char c = span[at];
            bool simple = c == '\n' || (c >= '\u00A0' && c < '\u2028') || (c > '\u2029' && c < '\uD800') || (c >= '\uE000' && c < '\uFEFF') || (c > '\uFEFF' && c < '\uFFFE');
            if (!simple)
            {
                return false;
            }

            at++;
        }
    }

    private sealed partial class Reader(string text, int lineOffset)
    {
        // The start of the current line, and its number counted from 1.
        private int pos;
        private int line = 1;

        public YamlValue? Root()
        {
            SkipBlank();
            if (AtEnd || Indent() != 0)
            {
                return null;
            }

            var root = BlockMap(0, pos, 0);
            SkipBlank();
            return root is not null && AtEnd ? root : null;
        }

        private bool AtEnd => pos >= text.Length;

        private int LineEnd(int from)
        {
            int end = text.IndexOf('\n', from);
            return end < 0 ? text.Length : end;
        }

        private int Indent()
        {
            int i = pos;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            return i - pos;
        }

        private void NextLine()
        {
            int end = LineEnd(pos);
            pos = end < text.Length ? end + 1 : text.Length;
            line++;
        }

        /// <summary>Moves past lines that hold only spaces or a comment.</summary>
        private void SkipBlank()
        {
            while (!AtEnd)
            {
                int first = pos + Indent();
                if (first < text.Length && text[first] is not ('\n' or '#'))
                {
                    return;
                }

                NextLine();
            }
        }

        private TextPosition At(int index) => new(line + lineOffset, index - pos + 1);

        private bool RestIsBlank(int from)
        {
            int end = LineEnd(pos);
            for (int i = from; i < end; i++)
            {
                if (text[i] != ' ')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The length of a plain key starting at <paramref name="at"/> and followed by ':' and a space or the line's end; 0 if none.</summary>
        private int KeyLength(int at)
        {
            int i = at;
            if (i >= text.Length || !(char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
            {
                return 0;
            }

            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-'))
            {
                i++;
            }

            return i < text.Length && text[i] == ':' && (i + 1 == text.Length || text[i + 1] is ' ' or '\n') ? i - at : 0;
        }

        /// <summary>A block mapping whose keys stand at column <paramref name="indent"/>; the first key starts at <paramref name="firstKey"/> on the current line.</summary>
        private YamlMap? BlockMap(int indent, int firstKey, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            var entries = ImmutableArray.CreateBuilder<KeyValuePair<YamlScalar, YamlValue>>();
            HashSet<string>? names = null;
            var start = At(firstKey);
            int keyAt = firstKey;
            while (true)
            {
                int length = KeyLength(keyAt);
                if (length == 0)
                {
                    return null;
                }

                string name = text.Substring(keyAt, length);
                if (entries.Count < SmallMapKeys ? Holds(entries, name) : !(names ??= [.. entries.Select(e => e.Key.Value)]).Add(name))
                {
                    return null;
                }

                var key = new YamlScalar(name, true, At(keyAt));
                int valueAt = keyAt + length + 1;
                while (valueAt < text.Length && text[valueAt] == ' ')
                {
                    valueAt++;
                }

                if (Value(valueAt, indent, depth + 1) is not { } value)
                {
                    return null;
                }

                entries.Add(new(key, value));
                SkipBlank();
                if (AtEnd)
                {
                    break;
                }

                int next = Indent();
                if (next < indent)
                {
                    break;
                }

                if (next > indent)
                {
                    return null;
                }

                keyAt = pos + indent;
            }

            return new YamlMap(entries.ToImmutable(), start);
        }

        /// <summary>A mapping's value starting at <paramref name="at"/> on the key's line; afterwards the current line is the one after the value.</summary>
        private YamlValue? Value(int at, int indent, int depth)
        {
            if (at >= text.Length || text[at] == '\n')
            {
                NextLine();
                SkipBlank();
                if (AtEnd)
                {
                    return null;
                }

                int nested = Indent();
                bool dash = IsDash(pos + nested);
                if (nested > indent)
                {
                    return dash ? BlockSeq(nested, depth) : BlockMap(nested, pos + nested, depth);
                }

                return nested == indent && dash ? BlockSeq(nested, depth) : null;
            }

            return text[at] == '|' ? Literal(at, indent) : Inline(at);
        }

        /// <summary>
        /// Whether a mapping already has the key: a duplicate is YamlDotNet's to report. A scan for the few keys
        /// of real content; past <see cref="SmallMapKeys"/> a set takes over, or 50,000 keys would take seconds.
        /// </summary>
        private static bool Holds(ImmutableArray<KeyValuePair<YamlScalar, YamlValue>>.Builder entries, string name)
        {
            foreach (var entry in entries)
            {
                if (entry.Key.Value == name)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsDash(int at) => at + 1 < text.Length && text[at] == '-' && text[at + 1] == ' ';

        /// <summary>A block sequence whose dashes stand at column <paramref name="indent"/> of the current line.</summary>
        private YamlList? BlockSeq(int indent, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            var items = ImmutableArray.CreateBuilder<YamlValue>();
            var start = At(pos + indent);
            while (true)
            {
                int itemAt = pos + indent + 1;
                while (itemAt < text.Length && text[itemAt] == ' ')
                {
                    itemAt++;
                }

                if (itemAt >= text.Length || text[itemAt] is '\n' or '|')
                {
                    return null;
                }

                var item = KeyLength(itemAt) > 0 ? BlockMap(itemAt - pos, itemAt, depth + 1) : Inline(itemAt);
                if (item is null)
                {
                    return null;
                }

                items.Add(item);
                SkipBlank();
                if (AtEnd)
                {
                    break;
                }

                int next = Indent();
                if (next < indent || (next == indent && !IsDash(pos + next)))
                {
                    break;
                }

                if (next > indent)
                {
                    return null;
                }
            }

            return new YamlList(items.ToImmutable(), start);
        }

        /// <summary>A scalar or flow collection that ends its line; the current line becomes the next one.</summary>
        private YamlValue? Inline(int at)
        {
            int end = LineEnd(pos);
            YamlValue? value;
            int after;
            switch (text[at])
            {
                case '"' or '\'':
                    value = Quoted(at, end, out after);
                    break;
                case '[':
                    value = FlowList(at, end, out after);
                    break;
                case '{':
                    value = FlowMap(at, end, out after);
                    break;
                default:
                    value = Plain(at, end);
                    after = end;
                    break;
            }

            if (value is null || !RestIsBlank(after))
            {
                return null;
            }

            NextLine();
            return value;
        }
    }
}
