using Microsoft.AspNetCore.Components;

namespace StatiqSite.Theme;

/// <summary>
/// A component drawn as a whole page. The build passes every one its <see cref="PageContext"/> under this
/// property's name, taken with nameof, so a page that renames or drops the parameter fails the build
/// rather than its rendering.
/// </summary>
public interface IPageComponent : IComponent
{
    PageContext Page { get; }
}
