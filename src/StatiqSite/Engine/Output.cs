using System.Text;

namespace StatiqSite.Engine;

/// <summary>
/// One file a pipeline produces: where it goes (relative to the output folder, '/' separated), its
/// bytes, its content type, the content file it came from (for errors about it), the pipeline, and for
/// an HTML page its <see cref="PageDocument"/>.
/// </summary>
public sealed record Output(string Path, ReadOnlyMemory<byte> Bytes, string ContentType, string? Source, string Pipeline)
{
    public static Output Text(string path, string text, string contentType, string? source, string pipeline) =>
        new(path, Encoding.UTF8.GetBytes(text), contentType, source, pipeline);

    /// <summary>For a page, what rendering recorded about it; null for every other file.</summary>
    public PageDocument? Page { get; init; }

    public string AsText() => Encoding.UTF8.GetString(Bytes.Span);

    public bool IsHtml => ContentType == ContentTypes.Html;
}

public static class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";
    public const string Css = "text/css; charset=utf-8";
    public const string JavaScript = "text/javascript; charset=utf-8";
    public const string Xml = "application/xml; charset=utf-8";
    public const string Atom = "application/atom+xml; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";
    public const string Csv = "text/csv; charset=utf-8";
    public const string Text = "text/plain; charset=utf-8";
    public const string Svg = "image/svg+xml";
    public const string Icon = "image/x-icon";
}
