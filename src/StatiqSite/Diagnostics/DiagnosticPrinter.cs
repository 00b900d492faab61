namespace StatiqSite.Diagnostics;

public enum DiagnosticFormat
{
    Text,
    Github,
}

/// <summary>Prints diagnostics as compiler-style lines, or as GitHub workflow annotations on a pull request.</summary>
public static class DiagnosticPrinter
{
    public static DiagnosticFormat Default =>
        string.Equals(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.Ordinal)
            ? DiagnosticFormat.Github
            : DiagnosticFormat.Text;

    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer, DiagnosticFormat format)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine(format == DiagnosticFormat.Github ? Annotation(d) : d.ToString());
        }
    }

    public static string Annotation(Diagnostic d)
    {
        string level = d.Severity == Severity.Error ? "error" : "warning";
        return $"::{level} file={Escape(d.File, property: true)},line={d.Line},col={d.Column},title={d.Code}::{Escape(d.Message, property: false)}";
    }

    // The workflow-command escaping: %, CR and LF always; ':' and ',' too inside properties.
    private static string Escape(string value, bool property)
    {
        string s = value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? s.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : s;
    }
}
