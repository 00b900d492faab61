namespace StatiqSite.Tests.Distribution;

/// <summary>
/// The tool's packages with the native linux-x64 one among them. Compiling it takes minutes, so the tests do not
/// pack it themselves: <c>.ci/run</c> packs all of them once (<c>src/StatiqSite/pack-tool.sh</c>) and names the
/// folder in <c>STATIQSITE_TOOL_PACKAGES</c>.
/// </summary>
public static class NativeTool
{
    public const string Variable = "STATIQSITE_TOOL_PACKAGES";

    /// <summary>The folder's full path, or null when the variable is not set.</summary>
    public static string? Packages => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? Path.GetFullPath(path) : null;
}

/// <summary>
/// A test of the native tool package: skipped, with the reason shown, when <c>STATIQSITE_TOOL_PACKAGES</c> is not
/// set. When it is set, a missing package is a failure.
/// </summary>
public sealed class NativeToolFactAttribute : FactAttribute
{
    public NativeToolFactAttribute()
    {
        if (NativeTool.Packages is null)
        {
            Skip = $"no native tool package: run 'src/StatiqSite/pack-tool.sh DIR' on linux-x64 (needs the ILCompiler package and clang or gcc) and set {NativeTool.Variable}=DIR; .ci/run does both";
        }
    }
}
