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
