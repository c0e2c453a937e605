using System.Collections.Concurrent;
using System.Net;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Scale;

/// <summary>
/// Only the load balancer may say who the client is and whether it came over https: a proxy named by address
/// (<c>ForwardedHeaders:KnownProxies</c>) or inside a named network (<c>ForwardedHeaders:KnownNetworks</c>, CIDR).
/// </summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.ProxiedPortal portal) : IClassFixture<ForwardedHeadersTests.ProxiedPortal>
{
    private const string PeerHeader = "X-Test-Peer";

    public sealed class ProxiedPortal : PortalFactory
    {
        public ConcurrentDictionary<string, (IPAddress? Ip, string Scheme)> Seen { get; } = new(StringComparer.Ordinal);

        public override Task InitializeAsync()
        {
            WithSetting("ForwardedHeaders:KnownProxies:0", "192.0.2.10");
            WithSetting("ForwardedHeaders:KnownNetworks:0", "10.42.0.0/16");
            WithSetting("ForwardedHeaders:KnownNetworks:1", "fd00:42::/64");
            WithWebHost(web => web.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new PeerFilter(Seen))));
            return base.InitializeAsync();
        }
    }

    /// <summary>
    /// In front of the whole portal: plays the TCP peer (the test server has none) and, once the portal has
    /// answered, notes the client address and scheme the portal worked with.
    /// </summary>
    private sealed class PeerFilter(ConcurrentDictionary<string, (IPAddress?, string)> seen) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                var peer = context.Request.Headers[PeerHeader].ToString();
                context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
                await inner(context);
                seen[peer] = (context.Connection.RemoteIpAddress, context.Request.Scheme);
            });
            next(app);
        };
    }

    private async Task<(IPAddress? Ip, string Scheme)> RequestFromAsync(string peer)
    {
        using var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://localhost"),
            AllowAutoRedirect = false,
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add(PeerHeader, peer);
        request.Headers.Add("X-Forwarded-For", "203.0.113.77");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return portal.Seen[peer];
    }

    [Theory]
    [InlineData("10.42.0.7")]      // inside the configured IPv4 network
    [InlineData("10.42.255.254")]
    [InlineData("fd00:42::15")]    // inside the configured IPv6 network
    [InlineData("192.0.2.10")]     // the configured single proxy
    [InlineData("127.0.0.1")]      // loopback: a proxy on the same machine
    public async Task A_trusted_proxy_tells_the_client_address_and_scheme(string proxy)
    {
        var (ip, scheme) = await RequestFromAsync(proxy);

        Assert.Equal(IPAddress.Parse("203.0.113.77"), ip);
        Assert.Equal("https", scheme);
    }

    [Theory]
    [InlineData("10.43.0.7")]      // just outside the network
    [InlineData("192.0.2.11")]     // next to the single proxy
    [InlineData("198.51.100.9")]   // any client on the internet
    [InlineData("fd00:43::15")]
    public async Task Anyone_else_cannot_spoof_their_address_or_the_scheme(string client)
    {
        var (ip, scheme) = await RequestFromAsync(client);

        Assert.Equal(IPAddress.Parse(client), ip);
        Assert.Equal("http", scheme);
    }
}
