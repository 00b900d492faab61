namespace StatiqSite.Theme;

/// <summary>One downloadable file on /data/: its name, URL, format and size in bytes.</summary>
public sealed record DataDownload(string FileName, string Url, string Format, long Bytes, string Description)
{
    public string Size => Bytes < 1024
        ? Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes"
        : Math.Ceiling(Bytes / 1024.0).ToString(System.Globalization.CultureInfo.InvariantCulture) + " KB";
}
