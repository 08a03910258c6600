using Sitrep.News.Documents;

namespace Sitrep.News.Places;

/// <summary>
/// Places of one document in cells of one degree of latitude and longitude, so that the places within some
/// kilometres of a point are found by looking at the few cells around it instead of at every place of the
/// document (<see cref="ToponymResolver"/> asks this for every candidate of every toponym: with a scan, a long
/// document cost the square of its length). <see cref="Within"/> measures <see cref="ToponymResolver.Distance"/>
/// itself, so callers see exactly the places a scan would.
/// </summary>
internal sealed class PlaceGrid<T>
{
    private readonly Dictionary<(int Lat, int Lon), List<(Place Place, T Item)>> _cells = new();

    // 1° of latitude on the mean Earth radius of ToponymResolver.Distance; the margin covers rounding.
    private const double KmPerDegree = 6371.0088 * Math.PI / 180;
    private const double MarginDegrees = 0.01;

    public void Add(Place place, T item)
    {
        // A place without a position is never within any distance (NaN compares false).
        if (!double.IsFinite(place.Lat) || !double.IsFinite(place.Lon)) return;
        var cell = CellOf(place.Lat, place.Lon);
        if (!_cells.TryGetValue(cell, out var items)) _cells[cell] = items = [];
        items.Add((place, item));
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with every added place (and its item) less than <paramref name="km"/> from
    /// <paramref name="center"/>, cell by cell, until it returns false. Places come in the order they were added
    /// within a cell; the cells in no particular order.
    /// </summary>
    public void Within(Place center, double km, Func<Place, T, bool> visit)
    {
        if (_cells.Count == 0 || !double.IsFinite(center.Lat) || !double.IsFinite(center.Lon)) return;
        // Great-circle distance is at least the distance along the meridian, so latitude bounds the search; the
        // widest longitude a spherical cap of angular radius d around latitude φ spans is asin(sin d / cos φ).
        double dLat = km / KmPerDegree + MarginDegrees;
        int latFrom = LatIndex(center.Lat - dLat), latTo = LatIndex(center.Lat + dLat);
        double capEdge = Math.Abs(center.Lat) + dLat;
        double dLon = capEdge >= 89 ? 360 : Math.Asin(Math.Min(1, Math.Sin(km / KmPerDegree * Math.PI / 180) / Math.Cos(center.Lat * Math.PI / 180))) * 180 / Math.PI + MarginDegrees;
        int lonFrom = (int)Math.Floor(center.Lon - dLon), lonTo = (int)Math.Floor(center.Lon + dLon);
        if (dLon >= 179 || (long)(latTo - latFrom + 1) * (lonTo - lonFrom + 1) >= _cells.Count)
        {
            // A search wider than the cells the document fills: every filled cell once.
            foreach (var items in _cells.Values)
                if (!Visit(items, center, km, visit)) return;
            return;
        }
        for (int lat = latFrom; lat <= latTo; lat++)
            for (int lon = lonFrom; lon <= lonTo; lon++)
                if (_cells.TryGetValue((lat, LonIndex(lon)), out var items) && !Visit(items, center, km, visit)) return;
    }

    private static bool Visit(List<(Place Place, T Item)> items, Place center, double km, Func<Place, T, bool> visit)
    {
        foreach (var (place, item) in items)
            if (ToponymResolver.Distance(center, place) < km && !visit(place, item)) return false;
        return true;
    }

    private static (int, int) CellOf(double lat, double lon) => (LatIndex(lat), LonIndex((int)Math.Floor(lon)));

    private static int LatIndex(double lat) => Math.Clamp((int)Math.Floor(lat), -90, 89);

    /// <summary>Longitude cells wrap at the antimeridian: −181° is 179°.</summary>
    private static int LonIndex(int lon) => ((lon + 180) % 360 + 360) % 360 - 180;
}
