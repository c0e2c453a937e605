using Mensenhandel.Domain.ReferenceData;
using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Domain.Tests.Reports;

public sealed class RoutingTests
{
    private static readonly Municipality Alkmaar = new("GM0361", "Alkmaar", "Noord-Holland", "Noord-Holland-Noord", "RE04", "RE04");
    private static readonly Municipality Hilversum = new("GM0402", "Hilversum", "Noord-Holland", "Gooi en Vechtstreek", "RE03", "RE03");
    private static readonly RoutingRule[] SeededRules = [new(RoutingRule.AbroadOrUnknown, null)];

    [Fact]
    public void A_municipality_without_a_rule_goes_to_its_own_coordination_region()
    {
        var routing = ReportRouter.Route(Alkmaar, SeededRules);

        Assert.Equal(new Routing("GM0361", "RE04"), routing);
        Assert.False(routing.IsNationalQueue);
    }

    [Fact]
    public void A_rule_in_the_table_overrides_the_municipality_region()
    {
        RoutingRule[] rules = [.. SeededRules, new("GM0402", "RE05")];

        Assert.Equal("RE05", ReportRouter.Route(Hilversum, rules).RegionId);
        Assert.Equal("RE04", ReportRouter.Route(Alkmaar, rules).RegionId);
    }

    [Fact]
    public void A_rule_without_a_region_sends_a_municipality_to_the_national_queue()
    {
        RoutingRule[] rules = [.. SeededRules, new("GM0361", null)];

        var routing = ReportRouter.Route(Alkmaar, rules);

        Assert.True(routing.IsNationalQueue);
        Assert.Equal("GM0361", routing.MunicipalityCode);
    }

    [Fact]
    public void A_municipality_known_only_by_code_and_region_is_routed_as_the_municipality_itself()
    {
        RoutingRule[] rules = [.. SeededRules, new("GM0402", "RE05")];

        Assert.Equal(ReportRouter.Route(Alkmaar, rules), ReportRouter.Route("GM0361", "RE04", rules));
        Assert.Equal(new Routing("GM0402", "RE05"), ReportRouter.Route("GM0402", "RE03", rules));
        Assert.Equal(ReportRouter.Route(null, rules), ReportRouter.Route(null, null, rules));
    }

    [Fact]
    public void Abroad_or_unknown_goes_to_the_national_queue_by_the_seeded_rule()
    {
        var routing = ReportRouter.Route(null, SeededRules);

        Assert.True(routing.IsNationalQueue);
        Assert.Null(routing.MunicipalityCode);
    }

    [Fact]
    public void An_administrator_can_change_where_abroad_or_unknown_goes()
    {
        var rule = new RoutingRule(RoutingRule.AbroadOrUnknown, null);
        rule.RouteTo("RE05");

        Assert.Equal("RE05", ReportRouter.Route(null, [rule]).RegionId);
    }

    [Theory]
    [InlineData("0361")]
    [InlineData("BUITENLAND")]
    [InlineData("RE04")]
    public void A_rule_is_for_a_municipality_code_or_abroad_or_unknown(string area)
    {
        Assert.Throws<ArgumentException>(() => new RoutingRule(area, "RE04"));
    }
}
