using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using StatiqSite.Theme;

namespace StatiqSite.Tests.Build.Overrides;

/// <summary>
/// A site's replacement for the theme's footer, as a site project would compile it (here in C# rather than
/// Razor, which the test project does not compile): same name, same parameters.
/// </summary>
public sealed class SiteFooter : ComponentBase
{
    [Parameter, EditorRequired] public required PageContext Page { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "footer");
        builder.AddAttribute(1, "class", "site-footer replaced-footer");
        builder.AddContent(2, "The footer of " + Page.Site.Settings.Title);
        builder.CloseElement();
    }
}
