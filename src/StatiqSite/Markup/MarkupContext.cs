using System.Collections.Frozen;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Markup.Extensions.ActorMentions;
using StatiqSite.Validation;

namespace StatiqSite.Markup;

/// <summary>What rendering MarkdownText needs to know about the site: the URL scheme and the ids that exist.</summary>
public sealed class MarkupContext(
    Urls urls,
    ContentValidator validator,
    IReadOnlyDictionary<string, string> actorRoles,
    DiagnosticBag diagnostics,
    ActorNames? actorNames = null)
{
    public Urls Urls { get; } = urls;

    public ContentValidator Validator { get; } = validator;

    /// <summary>Each actor's one-line role, carried on links as their accessible description.</summary>
    public FrozenDictionary<string, string> ActorRoles { get; } = actorRoles.ToFrozenDictionary(StringComparer.Ordinal);

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Every actor's name and aliases, for linking first mentions; null links none.</summary>
    public ActorNames? ActorNames { get; } = actorNames;
}

/// <summary>The MarkdownText being rendered: which file and line it starts at, and what it mentions.</summary>
public sealed class MarkupSource(Origin file, TextPosition start)
{
    private readonly List<string> mentions = [];

    public IReadOnlyList<string> Mentions => mentions;

    /// <summary>Maps Markdig's 0-based line and column to the content file.</summary>
    public Origin OriginAt(int line, int column) =>
        file.At(new TextPosition(start.Line + Math.Max(0, line), (line <= 0 ? start.Column : 1) + Math.Max(0, column)));

    public void Report(MarkupContext context, string code, int line, int column, string message) =>
        context.Diagnostics.Error(code, OriginAt(line, column), message);

    public void Mention(string actorId)
    {
        if (!mentions.Contains(actorId))
        {
            mentions.Add(actorId);
        }
    }
}
