using System.Net;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Tests.Infrastructure;

namespace Mensenhandel.Web.Tests.Access;

/// <summary>Which role reaches which staff page: 200 for the role's own pages, 404 for everything else.</summary>
public sealed class PageAccessTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] AdministrationPages =
        ["/beheer", "/beheer/gebruikers", "/beheer/gebruikers/uitnodigen", "/beheer/organisaties", "/beheer/organisaties/bewerken", "/beheer/audit", "/beheer/audit/controle"];

    private static readonly string[] EveryonesPages = ["/overzicht", "/account/wachtwoord", "/account/herstelcodes", "/account/tweestapsverificatie"];

    public static TheoryData<string> Accounts() => [.. DemoUsers.All.Select(a => a.Email)];

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Each_demo_user_reaches_exactly_the_pages_of_their_role(string email)
    {
        var account = DemoUsers.All.Single(a => a.Email == email);
        var client = await portal.LoginAsync(account);
        var isAdministrator = account.Role == Mensenhandel.Domain.Organisations.Role.Administrator;

        foreach (var path in EveryonesPages)
            Assert.True(HttpStatusCode.OK == (await client.GetAsync(path)).StatusCode, $"{email} should reach {path}");
        foreach (var path in AdministrationPages)
        {
            var expected = isAdministrator ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            Assert.True(expected == (await client.GetAsync(path)).StatusCode, $"{email} should get {(int)expected} on {path}");
        }
    }

    [Fact]
    public async Task A_foreign_or_guessed_user_id_in_beheer_answers_404()
    {
        var admin = await portal.LoginAsync(DemoUsers.Administrator);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/beheer/gebruikers/bestaat-niet")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/beheer/organisaties/bewerken/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused()
    {
        var admin = await portal.LoginAsync(DemoUsers.Administrator);

        var response = await admin.PostAsync("/beheer/gebruikers/uitnodigen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "zonder.token@example.org", ["Input.Role"] = "Administrator",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Verzoek niet verwerkt", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(portal.Mail.Messages, m => m.To == "zonder.token@example.org");
    }

    [Fact]
    public async Task Over_posting_a_version_or_type_on_an_organisation_changes_nothing_it_should_not()
    {
        var admin = await portal.LoginAsync(DemoUsers.Administrator);
        var id = DemoData.Organisations.PoliceNoordHolland;

        var response = await admin.SubmitAsync($"/beheer/organisaties/bewerken/{id}", new Dictionary<string, string>
        {
            ["Input.Type"] = "National", ["Input.Name"] = "Politie eenheid Noord-Holland", ["Input.Id"] = Guid.NewGuid().ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var organisation = await portal.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.Organisations, o => o.Id == id));
        Assert.Equal(Mensenhandel.Domain.Organisations.OrganisationType.Police, organisation.Type);
        Assert.Equal("RE04", organisation.RegionId);
    }

    [Fact]
    public async Task Two_beheerders_saving_the_same_organisation_get_a_conflict_instead_of_a_silent_overwrite()
    {
        var first = await portal.LoginAsync(DemoUsers.Administrator);
        var second = await portal.LoginAsync(DemoUsers.Administrator);
        var path = $"/beheer/organisaties/bewerken/{DemoData.Organisations.ShelterMiddenNederland}";
        var firstForm = await Html.ParseAsync(await first.GetAsync(path));
        var secondForm = await Html.ParseAsync(await second.GetAsync(path));

        var saved = await first.SubmitAsync(firstForm, path, new Dictionary<string, string> { ["Input.Name"] = "Stichting Onderdak Utrecht" });
        var conflict = await second.SubmitAsync(secondForm, path, new Dictionary<string, string> { ["Input.Name"] = "Stichting Onderdak Amersfoort" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await Html.ParseAsync(conflict);
        Assert.Contains("intussen door iemand anders gewijzigd", page.QuerySelector("#foutmeldingen")?.TextContent);
        Assert.Equal("Stichting Onderdak Amersfoort", page.QuerySelector("#Input_Name")?.GetAttribute("value"));
        var name = await portal.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.Organisations, o => o.Id == DemoData.Organisations.ShelterMiddenNederland));
        Assert.Equal("Stichting Onderdak Utrecht", name.Name);
    }
}
