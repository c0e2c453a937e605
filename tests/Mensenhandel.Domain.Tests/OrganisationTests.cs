using Mensenhandel.Domain.Organisations;

namespace Mensenhandel.Domain.Tests;

public sealed class OrganisationTests
{
    [Fact]
    public void A_gemeente_needs_its_municipality()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Organisation(Guid.NewGuid(), "Gemeente X", OrganisationType.Municipality, "RE04"));

        Assert.Contains("gemeente", error.Message);
    }

    [Fact]
    public void The_national_desk_has_no_region_and_every_other_organisation_has_one()
    {
        Assert.Throws<DomainRuleException>(() => new Organisation(Guid.NewGuid(), "CoMensha", OrganisationType.National, "RE04"));
        Assert.Throws<DomainRuleException>(() => new Organisation(Guid.NewGuid(), "Opvang", OrganisationType.CareProvider, null));
        Assert.Null(new Organisation(Guid.NewGuid(), "CoMensha", OrganisationType.National, null).RegionId);
    }

    [Fact]
    public void Only_the_police_has_a_police_unit()
    {
        Assert.Throws<DomainRuleException>(() => new Organisation(Guid.NewGuid(), "Politie", OrganisationType.Police, "RE04"));
        Assert.Throws<DomainRuleException>(() => new Organisation(Guid.NewGuid(), "Opvang", OrganisationType.CareProvider, "RE04", policeUnitId: "RE04"));
    }

    [Theory]
    [InlineData(Role.CareCoordinator, OrganisationType.CareCoordination, true)]
    [InlineData(Role.CareCoordinator, OrganisationType.Police, false)]
    [InlineData(Role.DesignatedOfficer, OrganisationType.Municipality, true)]
    [InlineData(Role.Police, OrganisationType.Police, true)]
    [InlineData(Role.Police, OrganisationType.Municipality, false)]
    [InlineData(Role.CarePartner, OrganisationType.CareProvider, true)]
    [InlineData(Role.National, OrganisationType.National, true)]
    [InlineData(Role.National, OrganisationType.CareCoordination, false)]
    [InlineData(Role.Reporter, OrganisationType.Other, true)]
    public void A_role_fits_only_its_kind_of_organisation(string role, OrganisationType type, bool fits)
    {
        Assert.Equal(fits, Role.FitsOrganisation(role, type));
    }

    [Fact]
    public void A_beheerder_may_belong_to_no_organisation_but_staff_roles_may_not()
    {
        Assert.True(Role.FitsOrganisation(Role.Administrator, null));
        Assert.False(Role.FitsOrganisation(Role.CareCoordinator, null));
        Assert.False(Role.FitsOrganisation(Role.Reporter, null));
    }
}
