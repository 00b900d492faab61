using StatiqSite.Content.Model;

namespace StatiqSite.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One problem found in the input, pinned to a file, line and column. The file name and message are made
/// safe to print as one line (<see cref="MessageText"/>) however they were built.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message)
{
    // File names can hold newlines and escapes too; they are not shortened, since the name is the address.
    public string File { get; init; } = MessageText.Clean(File, int.MaxValue);

    public string Message { get; init; } = MessageText.Clean(Message);

    public static Diagnostic Error(string code, Origin at, string message) =>
        new(Severity.Error, code, at.File, at.Position.Line, at.Position.Column, message);

    public static Diagnostic Warning(string code, Origin at, string message) =>
        new(Severity.Warning, code, at.File, at.Position.Line, at.Position.Column, message);

    /// <summary>The compiler-style line: <c>input/events/x.yml:4:7: error SS0203: message</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
