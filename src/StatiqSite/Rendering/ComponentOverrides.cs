using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;

namespace StatiqSite.Rendering;

/// <summary>
/// Which theme components a site replaces: a public component in one of the site's assemblies with the same name as
/// a theme component (Layout, SiteFooter, HomePage, ...) is drawn wherever the theme's would be. It must take
/// every parameter the theme's takes, with the same type, since pages and components pass them by name.
/// </summary>
public static class ComponentOverrides
{
    /// <summary>The replacements among the public components of the site's assemblies.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A site's program roots its component assembly whole (docs/theme.md), so no exported type is trimmed away.")]
    public static IReadOnlyDictionary<Type, Type> Find(IReadOnlyList<Assembly> siteAssemblies, DiagnosticBag diagnostics) =>
        siteAssemblies.Count == 0 ? new Dictionary<Type, Type>() : Find(siteAssemblies.SelectMany(a => a.GetExportedTypes()), diagnostics);

    /// <summary>The replacements among these types: those that are components named like a theme component.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The theme assembly is rooted whole in StatiqSite.csproj (TrimmerRootAssembly), so GetTypes sees every component.")]
    public static IReadOnlyDictionary<Type, Type> Find(IEnumerable<Type> siteTypes, DiagnosticBag diagnostics)
    {
        var overrides = new Dictionary<Type, Type>();
        var theme = typeof(Theme.PageContext).Assembly.GetTypes().Where(IsComponent).ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var group in siteTypes.Where(IsComponent).Where(t => theme.ContainsKey(t.Name)).GroupBy(t => t.Name, StringComparer.Ordinal))
        {
            var origin = new Origin(group.First().Assembly.GetName().Name ?? "site", TextPosition.Start);
            if (group.Count() > 1)
            {
                diagnostics.Error(Codes.DuplicateId, origin,
                    $"the theme component '{group.Key}' is replaced more than once ({string.Join(", ", group.Select(t => t.FullName))}); keep one");
                continue;
            }

            var replaced = theme[group.Key];
            var replacement = group.First();
            var missing = Parameters(replaced).Where(p => Parameters(replacement).All(q => q.Name != p.Name || q.PropertyType != p.PropertyType)).ToList();
            if (missing.Count > 0)
            {
                diagnostics.Error(Codes.InvalidValue, origin,
                    $"{replacement.FullName} replaces the theme's {group.Key} but does not take its parameters {string.Join(", ", missing.Select(p => $"{p.Name} ({p.PropertyType.Name})"))}; add them as [Parameter] properties of the same types");
                continue;
            }

            overrides[replaced] = replacement;
        }

        return overrides;
    }

    private static bool IsComponent(Type t) =>
        t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IComponent).IsAssignableFrom(t) && !t.Name.StartsWith('<');

    // Theme types come from the rooted theme assembly and site types from an assembly the site's program
    // roots, so their public properties are all kept.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Both assemblies are rooted whole; see the comment above.")]
    private static IEnumerable<PropertyInfo> Parameters(Type component) =>
        component.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<ParameterAttribute>() is not null);
}
