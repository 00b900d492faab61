using System.Globalization;
using System.Text;
using System.Text.Json;
using StatiqSite.Content.Model;

namespace StatiqSite.Theme.Map;

/// <summary>
/// The locator map's geometry: the country outlines of near-east.json (see README.md beside it) projected once
/// per process, and the places' markers. Equirectangular, with longitude scaled by the cosine of the frame's
/// middle latitude, which at this size and latitude keeps shapes true to within a few per cent.
/// </summary>
public static class LocatorMap
{
    public const double Width = 640;

    /// <summary>The country the map is about, drawn in the accent's tint.</summary>
    public const string Home = "Iraq";

    private static readonly Lazy<Geometry> Data = new(Load);

    public static double Height => Data.Value.Height;

    /// <summary>Where the outlines come from, for the credit under the map.</summary>
    public static string OutlineSource => Data.Value.Source;

    public static IReadOnlyList<Outline> Outlines => Data.Value.Outlines;

    /// <summary>The point a latitude and longitude fall on.</summary>
    public static (double X, double Y) Project(GeoPoint point) => Data.Value.Project((double)point.Latitude, (double)point.Longitude);

    /// <summary>
    /// One marker per distinct position, named after its first place (Baghdad, not the embassy in it, which
    /// the list beside the map names), in the order of the places given. A label goes to the right of its
    /// dot unless it would run off the map or over a label already placed, then to the left.
    /// </summary>
    public static IReadOnlyList<Marker> Markers(IEnumerable<Actor> places)
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
    /// it would sit on (Iraq's middle is near Baghdad).
    /// </summary>
    public static IReadOnlyList<(string Name, double X, double Y)> CountryNames(IReadOnlyList<Marker> markers) =>
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

    private static Geometry Load()
    {
        using var stream = typeof(LocatorMap).Assembly.GetManifestResourceStream("near-east.json")
            ?? throw new InvalidOperationException("near-east.json is not embedded in the theme");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var frame = root.GetProperty("frame");
        double west = frame.GetProperty("west").GetDouble(), east = frame.GetProperty("east").GetDouble();
        double south = frame.GetProperty("south").GetDouble(), north = frame.GetProperty("north").GetDouble();
        double squeeze = Math.Cos((south + north) / 2 * Math.PI / 180);
        double scale = Width / ((east - west) * squeeze);
        var geometry = new Geometry(root.GetProperty("source").GetString() ?? string.Empty, (north - south) * scale,
            (lat, lon) => ((lon - west) * squeeze * scale, (north - lat) * scale));

        foreach (var country in root.GetProperty("countries").EnumerateArray())
        {
            string name = country.GetProperty("name").GetString() ?? string.Empty;
            var path = new StringBuilder();
            double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue, largest = 0;
            foreach (var ring in country.GetProperty("rings").EnumerateArray())
            {
                var points = ring.EnumerateArray().Select(p => geometry.Project(p[1].GetDouble(), p[0].GetDouble())).ToList();
                for (int i = 0; i < points.Count; i++)
                {
                    path.Append(i == 0 ? 'M' : 'L').Append(F(points[i].X)).Append(' ').Append(F(points[i].Y));
                }

                path.Append('Z');

                // The label sits at the middle of the largest ring's visible part.
                var visible = points.Where(p => p.X is >= 0 and <= Width && p.Y >= 0 && p.Y <= geometry.Height).ToList();
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
            bool named = maxX - minX > name.Length * 9 && maxY - minY > 40;
            geometry.Outlines.Add(new Outline(name, path.ToString(), name == Home, named ? ((minX + maxX) / 2, (minY + maxY) / 2) : null));
        }

        return geometry;
    }

    private static string F(double v) => Math.Round(v).ToString(CultureInfo.InvariantCulture);

    public sealed record Outline(string Name, string Path, bool IsHome, (double X, double Y)? Label);

    public sealed record Marker(IReadOnlyList<Actor> Places, double X, double Y, string Label, bool LabelLeft);

    private sealed class Geometry(string source, double height, Func<double, double, (double X, double Y)> project)
    {
        public string Source { get; } = source;

        public double Height { get; } = height;

        public List<Outline> Outlines { get; } = [];

        public (double X, double Y) Project(double lat, double lon) => project(lat, lon);
    }
}
