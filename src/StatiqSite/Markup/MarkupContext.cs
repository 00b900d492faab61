using System.Collections.Frozen;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Markup.Extensions.ActorMentions;
using StatiqSite.Validation;

namespace StatiqSite.Markup;

/// <summary>What rendering MarkdownText needs to know about the site: the URL scheme and the ids that exist.</summary>
public sealed class MarkupContext
{
    public MarkupContext(Urls urls, ContentValidator validator, IReadOnlyDictionary<string, string> actorRoles, DiagnosticBag diagnostics, ActorNames? actorNames = null)
        : this(urls, validator, actorRoles.ToFrozenDictionary(StringComparer.Ordinal), diagnostics, actorNames)
    {
    }

    private MarkupContext(Urls urls, ContentValidator validator, FrozenDictionary<string, string> actorRoles, DiagnosticBag diagnostics, ActorNames? actorNames)
    {
        Urls = urls;
        Validator = validator;
        ActorRoles = actorRoles;
        Diagnostics = diagnostics;
        ActorNames = actorNames;
    }

    public Urls Urls { get; }

    public ContentValidator Validator { get; }

    /// <summary>Each actor's one-line role, carried on links as their accessible description.</summary>
    public FrozenDictionary<string, string> ActorRoles { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The language's words that end in a full stop without ending a sentence ("Gen."), for a text's lead.</summary>
    public FrozenSet<string> Abbreviations { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Every actor's name and aliases, for linking first mentions; null links none.</summary>
    public ActorNames? ActorNames { get; }

    /// <summary>The same context reporting into another bag, so that a text's problems can be kept with it.</summary>
    public MarkupContext ReportingTo(DiagnosticBag diagnostics) => new(Urls, Validator, ActorRoles, diagnostics, ActorNames);
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
