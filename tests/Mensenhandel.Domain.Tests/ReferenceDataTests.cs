using Mensenhandel.Domain.ReferenceData;

namespace Mensenhandel.Domain.Tests;

public sealed class ReferenceDataTests
{
    [Fact]
    public void A_municipality_is_routed_to_the_region_it_is_created_with()
    {
        var alkmaar = new Municipality("GM0361", "Alkmaar", "Noord-Holland", "Noord-Holland-Noord", "RE04", "RE04");

        Assert.Equal("RE04", alkmaar.RegionId);
        Assert.Equal("RE04", alkmaar.PoliceUnitId);
    }

    [Fact]
    public void Moving_a_municipality_changes_its_coordination_region_but_not_its_police_unit()
    {
        var hilversum = new Municipality("GM0402", "Hilversum", "Noord-Holland", "Gooi en Vechtstreek", "RE03", "RE03");

        hilversum.MoveToRegion(new Region("RE05", "Amsterdam"));

        Assert.Equal("RE05", hilversum.RegionId);
        Assert.Equal("RE03", hilversum.PoliceUnitId);
    }

    [Theory]
    [InlineData("0361")]
    [InlineData("GM361")]
    [InlineData("GMABCD")]
    [InlineData("RE0361")]
    [InlineData("")]
    public void A_municipality_code_must_be_GM_and_four_digits(string code)
    {
        Assert.Throws<ArgumentException>(() => new Municipality(code, "X", "Y", "Z", "RE04", "RE04"));
    }

    [Theory]
    [InlineData("RE1")]
    [InlineData("GM01")]
    [InlineData("RE001")]
    public void A_region_code_must_be_RE_and_two_digits(string code)
    {
        Assert.Throws<ArgumentException>(() => new Region(code, "X"));
    }
}
