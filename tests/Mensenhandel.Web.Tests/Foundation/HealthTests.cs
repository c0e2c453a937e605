using System.Net;
using Mensenhandel.Web.Tests.Infrastructure;

namespace Mensenhandel.Web.Tests.Foundation;

public sealed class HealthTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_200_when_the_database_is_up(string path)
    {
        var response = await portal.CreatePortalClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_the_database_down_ready_answers_503_without_details_and_live_stays_200()
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        await using var down = new PortalFactory { EnvironmentName = "Production" }
            .WithSetting("ConnectionStrings:Mensenhandel", "Host=127.0.0.1;Port=1;Database=weg;Username=weg;Password=geheim-wachtwoord;Timeout=2");
        await down.InitializeAsync();
        var client = down.CreatePortalClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Equal("Unhealthy", body);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
