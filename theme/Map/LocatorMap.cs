using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using StatiqSite.Content.Model;

namespace StatiqSite.Theme.Map;

/// <summary>
/// The locator map's geometry: the country outlines of the site's map file (site.yml's <c>map:</c>) projected once
/// per build, and the places' markers. Equirectangular, with longitude scaled by the cosine of the frame's
/// middle latitude, which for a frame of a few hundred kilometres keeps shapes true to within a few per cent.
/// </summary>
public sealed class LocatorMap
{
    public const double Width = 640;

    // One projection per map settings record: every page of a build shares the site's.
    private static readonly ConditionalWeakTable<MapSettings, LocatorMap> Projected = new();

    private readonly Func<double, double, (double X, double Y)> project;

    private LocatorMap(MapSettings settings, MapOutlines data)
    {
        Highlight = settings.Highlight;
        Source = data.Source;
        double squeeze = Math.Cos((data.South + data.North) / 2 * Math.PI / 180);
        double scale = Width / ((data.East - data.West) * squeeze);
        Height = (data.North - data.South) * scale;
        project = (lat, lon) => ((lon - data.West) * squeeze * scale, (data.North - lat) * scale);
        Outlines = [.. data.Countries.Select(Draw)];
    }

    /// <summary>The site's map, or null when site.yml has no <c>map:</c> and no map is drawn.</summary>
    public static LocatorMap? For(Site site) =>
        site.Settings.Map is { Outlines: { } data } settings ? Projected.GetValue(settings, s => new LocatorMap(s, data)) : null;

    /// <summary>The country the map is about, drawn in the accent's tint.</summary>
    public string Highlight { get; }

    public double Height { get; }

    /// <summary>Where the outlines come from, for the credit under the map.</summary>
    public string Source { get; }

    public IReadOnlyList<Outline> Outlines { get; }

    /// <summary>The point a latitude and longitude fall on.</summary>
    public (double X, double Y) Project(GeoPoint point) => project((double)point.Latitude, (double)point.Longitude);

    /// <summary>
    /// One marker per distinct position, named after its first place (a city, not the embassy in it, which
    /// the list beside the map names), in the order of the places given. A label goes to the right of its
    /// dot unless it would run off the map or over a label already placed, then to the left.
    /// </summary>
    public IReadOnlyList<Marker> Markers(IEnumerable<Actor> places)
    {
        var markers = new List<Marker>();
        var taken = new List<(double Left, double Top, double Right, double Bottom)>();
        foreach (var g in places.Where(p => p.Coordinates is not null).GroupBy(p => (p.Coordinates!.Latitude, p.Coordinates.Longitude)))
        {
            var (x, y) = Project(g.First().Coordinates!);
            string label = g.First().Name;
            double width = label.Length * LabelCharWidth;
            var right = (x + LabelGap, y - 16, x + LabelGap + width, y + 6);
            bool left = right.Item3 > Width || taken.Any(t => Overlap(t, right));
            taken.Add(left ? (x - LabelGap - width, y - 16, x - LabelGap, y + 6) : right);
            markers.Add(new Marker([.. g], x, y, label, left));
        }

        return markers;
    }

    /// <summary>
    /// Where each named country's name goes: the middle of its visible part, moved down below any marker
    /// it would sit on (a capital often lies near its country's middle).
    /// </summary>
    public IReadOnlyList<(string Name, double X, double Y)> CountryNames(IReadOnlyList<Marker> markers) =>
        [.. Outlines.Where(o => o.Label is not null).Select(o =>
        {
            var (x, y) = o.Label!.Value;
            double half = o.Name.Length * 5;
            while (markers.Any(m => Math.Abs(m.Y - y) < 24 && m.X > x - half - 120 && m.X < x + half + 20))
            {
                y += 24;
            }

            return (o.Name, x, y);
        })];

    /// <summary>The gap between a dot and its label, and a generous width per character of a 20-unit bold label.</summary>
    public const double LabelGap = 12;

    private const double LabelCharWidth = 12;

    private static bool Overlap((double L, double T, double R, double B) a, (double L, double T, double R, double B) b) =>
        a.L < b.R && b.L < a.R && a.T < b.B && b.T < a.B;

    private Outline Draw(MapCountry country)
    {
        var path = new StringBuilder();
        double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue, largest = 0;
        foreach (var ring in country.Rings)
        {
            var points = ring.Select(p => project(p.Lat, p.Lon)).ToList();
            for (int i = 0; i < points.Count; i++)
            {
                path.Append(i == 0 ? 'M' : 'L').Append(F(points[i].X)).Append(' ').Append(F(points[i].Y));
            }

            path.Append('Z');

            // The label sits at the middle of the largest ring's visible part.
            var visible = points.Where(p => p.X is >= 0 and <= Width && p.Y >= 0 && p.Y <= Height).ToList();
            if (visible.Count > largest)
            {
                largest = visible.Count;
                minX = visible.Min(p => p.X);
                maxX = visible.Max(p => p.X);
                minY = visible.Min(p => p.Y);
                maxY = visible.Max(p => p.Y);
            }
        }

        // Only countries with room for their name inside the frame are named.
        bool named = maxX - minX > country.Name.Length * 9 && maxY - minY > 40;
        return new Outline(country.Name, path.ToString(), country.Name == Highlight, named ? ((minX + maxX) / 2, (minY + maxY) / 2) : null);
    }

    private static string F(double v) => Math.Round(v).ToString(CultureInfo.InvariantCulture);

    public sealed record Outline(string Name, string Path, bool IsHome, (double X, double Y)? Label);

    public sealed record Marker(IReadOnlyList<Actor> Places, double X, double Y, string Label, bool LabelLeft);
}
