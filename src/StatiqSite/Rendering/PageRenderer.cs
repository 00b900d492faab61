using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace StatiqSite.Rendering;

/// <summary>
/// Renders the theme's precompiled Razor components to HTML strings with ASP.NET Core's HtmlRenderer.
/// A renderer is bound to one dispatcher, so each thread gets its own; and since a renderer keeps
/// every root component it has drawn, each is replaced after a batch to keep memory flat.
/// </summary>
public sealed class PageRenderer : IDisposable
{
    private const int RendersPerRenderer = 200;

    private readonly ServiceProvider services = new ServiceCollection().BuildServiceProvider();
    private readonly ThreadLocal<Slot> slots;

    public PageRenderer()
    {
        slots = new ThreadLocal<Slot>(() => new Slot(services), trackAllValues: true);
    }

    public string Render<TComponent>(IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        System.Text.Encoding.UTF8.GetString(RenderUtf8<TComponent>(parameters));

    /// <summary>Renders a component to its HTML as UTF-8 bytes, the form in which pages are written.</summary>
    public byte[] RenderUtf8<TComponent>(IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var slot = slots.Value!;
        var renderer = slot.Take(services);
        var view = ParameterView.FromDictionary(parameters as IDictionary<string, object?> ?? new Dictionary<string, object?>(parameters));
        var writer = slot.Writer;
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = renderer.BeginRenderingComponent<TComponent>(view);
            if (!root.QuiescenceTask.IsCompleted)
            {
                await root.QuiescenceTask;
            }

            writer.Reset();
            root.WriteHtmlTo(writer);
            return writer.ToArray();
        }).GetAwaiter().GetResult();
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
        private HtmlRenderer renderer = New(services);
        private int uses;

        public Utf8PageWriter Writer { get; } = new();

        public HtmlRenderer Take(IServiceProvider provider)
        {
            if (++uses > RendersPerRenderer)
            {
                renderer.Dispose();
                renderer = New(provider);
                uses = 1;
            }

            return renderer;
        }

        public void Dispose()
        {
            renderer.Dispose();
            Writer.Dispose();
        }

        private static HtmlRenderer New(IServiceProvider services) => new(services, NullLoggerFactory.Instance);
    }
}
