using System.Collections.Frozen;
using Mensenhandel.Domain.ReferenceData;

namespace Mensenhandel.Data.ReferenceData;

/// <summary>
/// The municipalities of gemeenten.csv (Bron: CBS / PDOK, CBS Gebiedsindelingen, CC BY 4.0) and the ten
/// police units, which are also the default coordination regions.
/// </summary>
public static class ReferenceCatalogue
{
    private static readonly (string Code, string Name)[] Units =
    [
        ("RE01", "Noord-Nederland"), ("RE02", "Oost-Nederland"), ("RE03", "Midden-Nederland"),
        ("RE04", "Noord-Holland"), ("RE05", "Amsterdam"), ("RE06", "Den Haag"), ("RE07", "Rotterdam"),
        ("RE08", "Zeeland-West-Brabant"), ("RE09", "Oost-Brabant"), ("RE10", "Limburg"),
    ];

    private static readonly FrozenDictionary<string, string> UnitCodeByName =
        Units.ToFrozenDictionary(u => u.Name, u => u.Code, StringComparer.Ordinal);

    public static IReadOnlyList<PoliceUnit> PoliceUnits { get; } =
        [.. Units.Select(u => new PoliceUnit(u.Code, u.Name))];

    public static IReadOnlyList<Region> Regions { get; } =
        [.. Units.Select(u => new Region(u.Code, u.Name))];

    public static IReadOnlyList<Municipality> Municipalities { get; } = LoadMunicipalities();

    private static Municipality[] LoadMunicipalities()
    {
        using var stream = typeof(ReferenceCatalogue).Assembly
            .GetManifestResourceStream("Mensenhandel.Data.ReferenceData.gemeenten.csv")
            ?? throw new InvalidOperationException("gemeenten.csv is not embedded in Mensenhandel.Data.");
        using var reader = new StreamReader(stream);
        var rows = Csv.Parse(reader.ReadToEnd());

        string[] expectedHeader = ["code", "name", "province", "police_unit", "safety_region"];
        if (rows.Count == 0 || !rows[0].SequenceEqual(expectedHeader))
            throw new InvalidOperationException("gemeenten.csv does not start with the expected header.");

        return [.. rows.Skip(1).Select(ToMunicipality)];
    }

    private static Municipality ToMunicipality(string[] row)
    {
        if (row.Length != 5) throw new InvalidOperationException($"gemeenten.csv row '{string.Join(',', row)}' has {row.Length} fields.");
        if (!UnitCodeByName.TryGetValue(row[3], out var unitCode))
            throw new InvalidOperationException($"gemeenten.csv names an unknown police unit '{row[3]}'.");
        return new Municipality(row[0], row[1], row[2], row[4], unitCode, unitCode);
    }
}
