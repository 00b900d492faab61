using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.HtmlRendering.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

// Removing a root component needs the renderer base class (RenderTree namespace), which the analyzer
// flags as framework-internal; it is public API, used here through StaticHtmlRenderer's documented subclassing.
#pragma warning disable BL0006

namespace StatiqSite.Rendering;

/// <summary>
/// Renders the theme's precompiled Razor components (or the site's replacements) to HTML with ASP.NET Core's static HTML renderer.
/// A renderer is bound to one dispatcher, so each thread gets its own, kept for the whole build.
/// </summary>
public sealed class PageRenderer : IDisposable
{
    private readonly ServiceProvider services;
    private readonly ThreadLocal<Slot> slots;

    /// <param name="overrides">Theme components the site replaces, by the theme's type (<see cref="ComponentOverrides"/>).</param>
    public PageRenderer(IReadOnlyDictionary<Type, Type>? overrides = null)
    {
        services = new ServiceCollection().AddSingleton<IComponentActivator>(new ComponentActivator(overrides ?? new Dictionary<Type, Type>())).BuildServiceProvider();
        slots = new ThreadLocal<Slot>(() => new Slot(services), trackAllValues: true);
    }

    /// <summary>Renders a component to its HTML as UTF-8 bytes, the form in which pages are written, with the links and ids it holds.</summary>
    public RenderedPage RenderPage<TComponent>(IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var slot = slots.Value!;
        var view = ParameterView.FromDictionary(parameters as IDictionary<string, object?> ?? new Dictionary<string, object?>(parameters));
        return slot.Renderer.Render(typeof(TComponent), view, slot.Writer, slot.Recorder);
    }

    public void Dispose()
    {
        foreach (var slot in slots.Values)
        {
            slot.Dispose();
        }

        slots.Dispose();
        services.Dispose();
    }

    private sealed class Slot(IServiceProvider services) : IDisposable
    {
        public PageHtmlRenderer Renderer { get; } = new(services, NullLoggerFactory.Instance);

        public Utf8PageWriter Writer { get; } = new();

        public PageRecorder Recorder { get; } = new();

        public void Dispose()
        {
            Renderer.Dispose();
            Writer.Dispose();
        }
    }

    /// <summary>
    /// Removes each page's component tree as soon as its HTML is written. A renderer otherwise keeps every
    /// root it has drawn, with the pooled frame arrays of all its components, so the pool ran dry and every
    /// page allocated fresh arrays; removing the root returns them and keeps memory flat without replacing
    /// the renderer.
    /// </summary>
    private sealed class PageHtmlRenderer(IServiceProvider services, ILoggerFactory logging) : StaticHtmlRenderer(services, logging)
    {
        // Components are set by reflection over their [Parameter] properties, which InstantiateComponent's
        // annotation asks the trimmer to keep. Every type drawn here is a theme component, and the theme
        // assembly is rooted whole in the project (TrimmerRootAssembly), or a site's replacement, from an
        // assembly its program keeps whole (docs/theme.md); so no member it needs can have been removed.
        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Theme and site component assemblies are rooted whole; see the comment above.")]
        public RenderedPage Render(Type component, ParameterView parameters, Utf8PageWriter writer, PageRecorder recorder) =>
            Dispatcher.InvokeAsync(async () =>
            {
                int id = AssignRootComponentId(InstantiateComponent(component));
                try
                {
                    await RenderRootComponentAsync(id, parameters);
                    var (links, ids) = recorder.Record(id, GetCurrentRenderTreeFrames);
                    writer.Reset();
                    WriteComponentHtml(id, writer);
                    return new RenderedPage(writer.ToArray(), links, ids);
                }
                finally
                {
                    RemoveRootComponent(id);
                }
            }).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Creates components with their parameterless constructor, the site's replacement where it has one. The
    /// default activator goes through a dependency-injection factory per component, which the theme never
    /// needs (no component takes services), and which showed in the profile at 5,438 pages of about ten
    /// components each.
    /// </summary>
    private sealed class ComponentActivator(IReadOnlyDictionary<Type, Type> overrides) : IComponentActivator
    {
        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "Replacements come from the site's own assemblies, kept whole.")]
        public IComponent CreateInstance([System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors)] Type componentType) =>
            Activator.CreateInstance(overrides.GetValueOrDefault(componentType) ?? componentType) as IComponent
            ?? throw new ArgumentException($"{componentType.FullName} is not a component", nameof(componentType));
    }
}
