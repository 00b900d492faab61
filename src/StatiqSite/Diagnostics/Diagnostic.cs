using StatiqSite.Content.Model;

namespace StatiqSite.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem found in the input, pinned to a file, line and column.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message)
{
    public static Diagnostic Error(string code, Origin at, string message) =>
        new(Severity.Error, code, at.File, at.Position.Line, at.Position.Column, message);

    public static Diagnostic Warning(string code, Origin at, string message) =>
        new(Severity.Warning, code, at.File, at.Position.Line, at.Position.Column, message);

    /// <summary>The compiler-style line: <c>input/events/x.yml:4:7: error SS0203: message</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
