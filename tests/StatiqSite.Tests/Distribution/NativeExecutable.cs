namespace StatiqSite.Tests.Distribution;

/// <summary>
/// The published Native AOT executable, the form Netlify and the GitHub workflow deploy with. Publishing it
/// takes minutes, so the tests do not publish it themselves: <c>.ci/run</c> publishes it once
/// (<c>bench/publish.sh native</c>) and names it in <c>STATIQSITE_NATIVE</c>.
/// </summary>
public static class NativeExecutable
{
    public const string Variable = "STATIQSITE_NATIVE";

    /// <summary>The executable's full path, or null when the variable is not set.</summary>
    public static string? Path => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? System.IO.Path.GetFullPath(path) : null;
}

/// <summary>
/// A test of the native executable: skipped, with the reason shown, when <c>STATIQSITE_NATIVE</c> is not set
/// (publishing needs the ILCompiler package and a C linker). When it is set, a missing file is a failure.
/// </summary>
public sealed class NativeFactAttribute : FactAttribute
{
    public NativeFactAttribute()
    {
        if (NativeExecutable.Path is null)
        {
            Skip = $"no native executable: run 'bench/publish.sh native' (needs the ILCompiler package and clang or gcc) and set {NativeExecutable.Variable}=bench/out/native/statiqsite; .ci/run does both";
        }
    }
}

/// <inheritdoc cref="NativeFactAttribute"/>
public sealed class NativeTheoryAttribute : TheoryAttribute
{
    public NativeTheoryAttribute()
    {
        Skip = new NativeFactAttribute().Skip;
    }
}
