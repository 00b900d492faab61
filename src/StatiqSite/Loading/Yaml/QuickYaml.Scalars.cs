using System.Collections.Immutable;

namespace StatiqSite.Loading.Yaml;

/// <summary>The quick reader's scalars and flow collections: plain, quoted, one-line lists and mappings, and literal blocks.</summary>
internal static partial class QuickYaml
{
    private sealed partial class Reader
    {
        /// <summary>A plain scalar in block context, to the end of the line.</summary>
        private YamlScalar? Plain(int at, int end)
        {
            if (IsIndicator(text[at]))
            {
                return null;
            }

            int last = end;
            while (last > at && text[last - 1] == ' ')
            {
                last--;
            }

            for (int i = at; i < last; i++)
            {
                char c = text[i];
                if ((c == ':' && (i + 1 == last || text[i + 1] == ' ')) || (c == '#' && text[i - 1] == ' '))
                {
                    return null;
                }
            }

            return new YamlScalar(text[at..last], true, At(at));
        }

        private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ';

        /// <summary>A quoted scalar closed on its line, without escapes; <paramref name="after"/> is just past its closing quote.</summary>
        private YamlScalar? Quoted(int at, int end, out int after)
        {
            after = 0;
            char quote = text[at];
            int i = at + 1;
            bool doubled = false;
            while (true)
            {
                if (i >= end || (quote == '"' && text[i] == '\\'))
                {
                    return null;
                }

                if (text[i] == quote)
                {
                    if (quote == '\'' && i + 1 < end && text[i + 1] == '\'')
                    {
                        doubled = true;
                        i += 2;
                        continue;
                    }

                    break;
                }

                i++;
            }

            after = i + 1;
            string value = text[(at + 1)..i];
            return new YamlScalar(doubled ? value.Replace("''", "'", StringComparison.Ordinal) : value, false, At(at));
        }

        /// <summary>A scalar inside a one-line flow collection: quoted, or plain up to ',' or the closing bracket.</summary>
        private YamlScalar? FlowScalar(int at, int end, char close, out int after)
        {
            after = 0;
            if (at >= end)
            {
                return null;
            }

            if (text[at] is '"' or '\'')
            {
                return Quoted(at, end, out after);
            }

            if (IsIndicator(text[at]))
            {
                return null;
            }

            int i = at;
            while (i < end && text[i] != ',' && text[i] != close)
            {
                if (text[i] is '[' or ']' or '{' or '}' or ':' or '#')
                {
                    return null;
                }

                i++;
            }

            after = i;
            while (i > at && text[i - 1] == ' ')
            {
                i--;
            }

            return new YamlScalar(text[at..i], true, At(at));
        }

        private int SkipSpaces(int at, int end)
        {
            while (at < end && text[at] == ' ')
            {
                at++;
            }

            return at;
        }

        private YamlList? FlowList(int at, int end, out int after)
        {
            after = 0;
            var items = ImmutableArray.CreateBuilder<YamlValue>();
            int i = SkipSpaces(at + 1, end);
            if (i < end && text[i] == ']')
            {
                after = i + 1;
                return new YamlList(items.ToImmutable(), At(at));
            }

            while (true)
            {
                if (FlowScalar(i, end, ']', out i) is not { } item)
                {
                    return null;
                }

                items.Add(item);
                if (!FlowSeparator(ref i, end, ']', out bool closed))
                {
                    return null;
                }

                if (closed)
                {
                    after = i;
                    return new YamlList(items.ToImmutable(), At(at));
                }

                if (i >= end || text[i] == ']')
                {
                    return null;
                }
            }
        }

        private YamlMap? FlowMap(int at, int end, out int after)
        {
            after = 0;
            var entries = ImmutableArray.CreateBuilder<KeyValuePair<YamlScalar, YamlValue>>();
            int i = SkipSpaces(at + 1, end);
            while (true)
            {
                int length = KeyLength(i);
                if (length == 0 || i + length + 1 >= end || text[i + length + 1] != ' ')
                {
                    return null;
                }

                string name = text.Substring(i, length);
                if (Holds(entries, name))
                {
                    return null;
                }

                var key = new YamlScalar(name, true, At(i));
                if (FlowScalar(SkipSpaces(i + length + 1, end), end, '}', out i) is not { } value)
                {
                    return null;
                }

                entries.Add(new(key, value));
                if (!FlowSeparator(ref i, end, '}', out bool closed))
                {
                    return null;
                }

                if (closed)
                {
                    after = i;
                    return new YamlMap(entries.ToImmutable(), At(at));
                }
            }
        }

        /// <summary>After a flow item: the closing bracket (<paramref name="closed"/>, <paramref name="i"/> just past it) or a comma and the spaces after it; false for anything else.</summary>
        private bool FlowSeparator(ref int i, int end, char close, out bool closed)
        {
            closed = false;
            i = SkipSpaces(i, end);
            if (i >= end)
            {
                return false;
            }

            if (text[i] == close)
            {
                closed = true;
                i++;
                return true;
            }

            if (text[i] != ',')
            {
                return false;
            }

            i = SkipSpaces(i + 1, end);
            return true;
        }

        /// <summary>A literal block scalar with clipped chomping, its '|' at <paramref name="at"/> in a mapping indented by <paramref name="indent"/>.</summary>
        private YamlScalar? Literal(int at, int indent)
        {
            if (!RestIsBlank(at + 1))
            {
                return null;
            }

            var position = At(at);
            NextLine();
            int content = Indent();
            if (AtEnd || content <= indent || pos + content >= text.Length || text[pos + content] == '\n')
            {
                return null;
            }

            var value = new System.Text.StringBuilder();
            int blankLines = 0;
            while (!AtEnd)
            {
                int end = LineEnd(pos);
                int spaces = Indent();
                if (pos + spaces == end && spaces <= content)
                {
                    blankLines++;
                }
                else if (spaces >= content)
                {
                    if (end == text.Length)
                    {
                        // A last line without a line break keeps none; rarer than worth reading here.
                        return null;
                    }

                    value.Append('\n', blankLines).Append(text, pos + content, end - pos - content).Append('\n');
                    blankLines = 0;
                }
                else if (spaces <= indent)
                {
                    break;
                }
                else
                {
                    return null;
                }

                NextLine();
            }

            return new YamlScalar(value.ToString(), false, position) { IsBlock = true };
        }
    }
}
