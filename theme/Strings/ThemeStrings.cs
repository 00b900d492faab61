namespace StatiqSite.Theme.Strings;

/// <summary>The theme's default strings files, embedded in this assembly: <c>theme/i18n/&lt;language&gt;.yml</c>.</summary>
public static class ThemeStrings
{
    /// <summary>The language whose file defines every key, and the fallback for keys another language leaves out.</summary>
    public const string ReferenceLanguage = "en";

    /// <summary>The path diagnostics name for a default file.</summary>
    public static string DisplayPath(string language) => $"theme/i18n/{language}.yml";

    /// <summary>The text of the theme's file for <paramref name="language"/>, or null when the theme has none.</summary>
    public static string? Read(string language)
    {
        using var stream = typeof(ThemeStrings).Assembly.GetManifestResourceStream($"i18n/{language}.yml");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
