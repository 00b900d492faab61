using System.Reflection;
using StatiqSite.Cli;

namespace StatiqSite;

/// <summary>
/// The generator's entry point, for its own program and for a site's: a site that replaces theme components
/// compiles them in a small project of its own that references the generator, and its <c>Program.cs</c> is
/// <c>return await StatiqSite.Generator.RunAsync(args, typeof(Program).Assembly);</c>. The command line is the same.
/// </summary>
public static class Generator
{
    /// <param name="siteAssemblies">Assemblies whose components replace the theme's components of the same name.</param>
    public static Task<int> RunAsync(string[] args, params Assembly[] siteAssemblies) =>
        Commands.Create(siteAssemblies).Parse(args).InvokeAsync();
}
