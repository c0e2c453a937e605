using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Domain.Tests.Reports;

public sealed class IndicatorCatalogueTests
{
    [Fact]
    public void The_catalogue_holds_the_11_ILO_indicators_of_forced_labour_with_attribution()
    {
        var ilo = IndicatorCatalogue.All.Where(i => i.Code.StartsWith("ILO-", StringComparison.Ordinal)).ToList();

        Assert.Equal(11, ilo.Count);
        Assert.All(ilo, i => Assert.Equal(ExploitationForm.Labour, i.Form));
        Assert.All(ilo, i => Assert.Equal("© ILO, Indicators of Forced Labour (2012)", i.Source));
        string[] expectedStarts =
        [
            "Misbruik van kwetsbaarheid", "Misleiding", "Beperking van bewegingsvrijheid", "Isolatie", "Fysiek en seksueel geweld",
            "Intimidatie en bedreiging", "Achterhouden van identiteitsdocumenten", "Inhouden van loon", "Schuldslavernij",
            "Mensonterende werk- en leefomstandigheden", "Excessief overwerk",
        ];
        Assert.Equal(expectedStarts, ilo.OrderBy(i => i.SortOrder).Select(i => expectedStarts.Single(s => i.Text.StartsWith(s, StringComparison.Ordinal))));
    }

    [Fact]
    public void The_catalogue_has_sexual_criminal_and_common_signals_in_the_portals_own_words()
    {
        var byForm = IndicatorCatalogue.All.ToLookup(i => i.Form);

        Assert.True(byForm[ExploitationForm.Sexual].Count() >= 6);
        Assert.True(byForm[ExploitationForm.Criminal].Count() >= 6);
        Assert.True(byForm[null].Count() >= 5);
        Assert.All(IndicatorCatalogue.All.Where(i => !i.Code.StartsWith("ILO-", StringComparison.Ordinal)), i => Assert.Null(i.Source));
        Assert.Contains(byForm[null], i => i.Text.Contains("identiteitsbewijs", StringComparison.Ordinal));
        Assert.Contains(byForm[ExploitationForm.Criminal], i => i.Text.Contains("drugs", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_signal_has_a_unique_short_code_and_a_Dutch_text_that_fits_the_column()
    {
        Assert.Equal(IndicatorCatalogue.All.Count, IndicatorCatalogue.All.Select(i => i.Code).Distinct().Count());
        Assert.All(IndicatorCatalogue.All, i => Assert.InRange(i.Code.Length, 5, 12));
        Assert.All(IndicatorCatalogue.All, i => Assert.InRange(i.Text.Length, 10, 300));
        Assert.All(IndicatorCatalogue.All, i => Assert.True(i.IsActive));
    }
}
