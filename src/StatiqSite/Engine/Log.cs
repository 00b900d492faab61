namespace StatiqSite.Engine;

/// <summary>A minimal console log; verbose lines (timings) only with --verbose.</summary>
public sealed class Log(TextWriter writer, bool verbose)
{
    private readonly Lock gate = new();

    public static readonly Log Silent = new(TextWriter.Null, verbose: false);

    public bool IsVerbose { get; } = verbose;

    public void Info(string message)
    {
        lock (gate)
        {
            writer.WriteLine(message);
        }
    }

    public void Verbose(string message)
    {
        if (IsVerbose)
        {
            Info("  " + message);
        }
    }
}
