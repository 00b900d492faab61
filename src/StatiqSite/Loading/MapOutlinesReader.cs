using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Loading;

/// <summary>
/// Reads the locator map's outlines from the file site.yml's <c>map: outlines:</c> names, inside the input
/// folder, and checks that the country to highlight is one of them. Problems are reported at site.yml's lines.
/// </summary>
public static class MapOutlinesReader
{
    private const string Shape = "the file should be JSON with 'source' (text), 'frame' ({west, east, south, north} in degrees) and 'countries' (a list of {name, rings: [[[lon, lat], ...], ...]})";

    // Preview reuses an unchanged site.yml's settings; giving back the same record while the outlines file is
    // unchanged too keeps the settings equal between builds, so that pages are not all drawn again.
    private static readonly ConditionalWeakTable<SiteSettings, Read> Previous = new();

    private sealed record Read(string Text, SiteSettings Settings);

    public static SiteSettings WithOutlines(SiteSettings settings, string inputRoot, DiagnosticBag diagnostics)
    {
        if (settings.Map is not { } map)
        {
            return settings;
        }

        var outlinesAt = settings.Origin.At(map.OutlinesAt);
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputRoot));
        string full = Path.GetFullPath(Path.Combine(root, map.OutlinesPath));
        if (Path.IsPathRooted(map.OutlinesPath) || !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            diagnostics.Error(Codes.InvalidValue, outlinesAt,
                $"the map's outlines '{Fields.Show(map.OutlinesPath)}' must be a file inside the input folder, named relative to it, such as map/outlines.json");
            return settings;
        }

        if (!File.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            diagnostics.Error(Codes.UnreadableFile, outlinesAt,
                $"the map's outlines file '{Fields.Show(map.OutlinesPath)}' does not exist in the input folder (symbolic links are not followed); add it or correct the path");
            return settings;
        }

        string? text = TextFile.Read(full, new Origin(InputScanner.DisplayPath(full), TextPosition.Start), diagnostics);
        if (text is null)
        {
            return settings;
        }

        if (Previous.TryGetValue(settings, out var previous) && previous.Text == text)
        {
            return previous.Settings;
        }

        MapOutlines outlines;
        try
        {
            using var json = JsonDocument.Parse(text);
            outlines = Parse(json.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            diagnostics.Error(Codes.InvalidValue, outlinesAt, $"the map's outlines file '{Fields.Show(map.OutlinesPath)}' cannot be read ({e.Message}); {Shape}");
            return settings;
        }

        var names = outlines.Countries.Select(c => c.Name).ToList();
        if (!names.Contains(map.Highlight, StringComparer.Ordinal))
        {
            string? near = Suggest.Nearest(map.Highlight, names);
            diagnostics.Error(Codes.UnknownReference, settings.Origin.At(map.HighlightAt),
                $"the map's outlines have no country '{Fields.Show(map.Highlight)}' to highlight{(near is null ? $"; the countries are {string.Join(", ", names)}" : $" (did you mean '{near}'?)")}");
            return settings;
        }

        var read = settings with { Map = map with { Outlines = outlines } };
        Previous.AddOrUpdate(settings, new Read(text, read));
        return read;
    }

    private static MapOutlines Parse(JsonElement root)
    {
        var frame = root.GetProperty("frame");
        var countries = ImmutableArray.CreateBuilder<MapCountry>();
        foreach (var country in root.GetProperty("countries").EnumerateArray())
        {
            var rings = country.GetProperty("rings").EnumerateArray()
                .Select(ring => ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToImmutableArray())
                .ToImmutableArray();
            countries.Add(new MapCountry(country.GetProperty("name").GetString() ?? string.Empty, rings));
        }

        double west = frame.GetProperty("west").GetDouble(), east = frame.GetProperty("east").GetDouble();
        double south = frame.GetProperty("south").GetDouble(), north = frame.GetProperty("north").GetDouble();
        if (!(west < east && south < north && south >= -90 && north <= 90))
        {
            throw new InvalidOperationException("its frame is empty or off the globe: west must be less than east, and south less than north, within -90 to 90");
        }

        return new MapOutlines(root.GetProperty("source").GetString() ?? string.Empty, west, east, south, north, countries.ToImmutable());
    }
}
