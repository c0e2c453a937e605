using Mensenhandel.Domain.ReferenceData;

namespace Mensenhandel.Domain.Reports;

/// <summary>
/// A row of the routing table: meldingen about <see cref="Area"/> go to <see cref="RegionId"/>, or to the
/// national queue (CoMensha) when that is null. A municipality without a rule goes to its own coordination
/// region (<see cref="Municipality.RegionId"/>); the table holds the exceptions an administrator sets, and
/// the seeded rule for "buitenland of onbekend".
/// </summary>
public sealed class RoutingRule
{
    /// <summary>The area code for a situation abroad or in an unknown place.</summary>
    public const string AbroadOrUnknown = "ONBEKEND";

    private RoutingRule() { }

    public RoutingRule(string area, string? regionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        Area = area == AbroadOrUnknown ? area : ReferenceCode.Require(area, "GM", nameof(area));
        RegionId = regionId is null ? null : ReferenceCode.Require(regionId, "RE", nameof(regionId));
    }

    /// <summary>A municipality code (GMxxxx) or <see cref="AbroadOrUnknown"/>.</summary>
    public string Area { get; private set; } = "";

    /// <summary>The coordination region, or null for the national queue.</summary>
    public string? RegionId { get; private set; }

    public void RouteTo(string? regionId) =>
        RegionId = regionId is null ? null : ReferenceCode.Require(regionId, "RE", nameof(regionId));
}

/// <summary>Where a melding goes: a coordination region, or the national queue when <see cref="RegionId"/> is null.</summary>
public sealed record Routing(string? MunicipalityCode, string? RegionId)
{
    public bool IsNationalQueue => RegionId is null;
}

/// <summary>Resolves the routing of a melding from the routing table.</summary>
public static class ReportRouter
{
    /// <param name="municipality">The municipality where it happens, or null for abroad/unknown.</param>
    /// <param name="rules">The rule for the municipality's code and the rule for abroad/unknown (more is fine).</param>
    public static Routing Route(Municipality? municipality, IEnumerable<RoutingRule> rules) =>
        Route(municipality?.Code, municipality?.RegionId, rules);

    /// <param name="municipalityCode">The municipality where it happens, or null for abroad/unknown.</param>
    /// <param name="regionOfMunicipality">The coordination region the municipality belongs to (null without a municipality).</param>
    /// <param name="rules">The rule for the municipality's code and the rule for abroad/unknown (more is fine).</param>
    public static Routing Route(string? municipalityCode, string? regionOfMunicipality, IEnumerable<RoutingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var area = municipalityCode ?? RoutingRule.AbroadOrUnknown;
        var rule = rules.FirstOrDefault(r => r.Area == area);
        var regionId = rule is not null ? rule.RegionId : regionOfMunicipality;
        return new Routing(municipalityCode, regionId);
    }
}
