using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using StatiqSite.Content.Model;

namespace StatiqSite.Markup.Extensions.ActorMentions;

/// <summary>One spelling of an actor's name: its name or an alias.</summary>
public sealed record ActorName(string Text, string ActorId);

/// <summary>
/// Every actor's name and aliases, matched case-sensitively as whole words, the longest spelling
/// first so that "Ilse Varo" wins over "Varo" and "Veltra Water Board" over "Veltra".
/// </summary>
public sealed class ActorNames
{
    private readonly FrozenDictionary<char, ImmutableArray<ActorName>> byFirstChar;

    // Every text of the site is searched: a vectorised jump to the next possible first letter skips the
    // dictionary lookup for every other character.
    private readonly SearchValues<char> firstChars;

    public ActorNames(IEnumerable<ActorName> names)
    {
        byFirstChar = names
            .Where(n => n.Text.Length > 0)
            .DistinctBy(n => n.Text, StringComparer.Ordinal)
            .GroupBy(n => n.Text[0])
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(n => n.Text.Length).ThenBy(n => n.Text, StringComparer.Ordinal).ToImmutableArray());
        firstChars = SearchValues.Create([.. byFirstChar.Keys]);
    }

    public bool IsEmpty => byFirstChar.Count == 0;

    public static ActorNames From(IEnumerable<Actor> actors) =>
        new(actors.SelectMany(a => a.Aliases.Prepend(a.Name).Select(text => new ActorName(text.Trim(), a.Id))));

    /// <summary>
    /// The first whole-word match at or after <paramref name="start"/> whose actor <paramref name="wanted"/>
    /// accepts. A spelling belonging to an unwanted actor still consumes its text, so that "Veltra" is
    /// never found inside an already-linked "Veltra Water Board".
    /// </summary>
    public (int Index, ActorName Name)? Find(string text, int start, Func<string, bool> wanted)
    {
        for (int i = start; i < text.Length; i++)
        {
            int skip = text.AsSpan(i).IndexOfAny(firstChars);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            if (!byFirstChar.TryGetValue(text[i], out var candidates) || (i > 0 && IsWordChar(text[i - 1])))
            {
                continue;
            }

            foreach (var name in candidates)
            {
                int end = i + name.Text.Length;
                if (end <= text.Length
                    && string.CompareOrdinal(text, i, name.Text, 0, name.Text.Length) == 0
                    && (end == text.Length || !IsWordChar(text[end])))
                {
                    if (wanted(name.ActorId))
                    {
                        return (i, name);
                    }

                    i = end - 1;
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Letters, digits and hyphens belong to a word, so "Veltra" is not found in "Veltra-fed" nor
    /// "U.S." in "U.S.-led"; an apostrophe does not, so "Varo" is found in "Varo's".
    /// </summary>
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\u2011';
}
