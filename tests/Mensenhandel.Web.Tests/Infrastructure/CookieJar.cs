using System.Net;
using System.Runtime.CompilerServices;

namespace Mensenhandel.Web.Tests.Infrastructure;

/// <summary>A cookie container per test client that tests can read (to replay a captured session cookie).</summary>
public static class CookieJar
{
    private static readonly ConditionalWeakTable<HttpClient, CookieContainer> Jars = new();
    private static readonly Uri Origin = new("https://localhost");

    public static HttpClient Attach(HttpClient client, CookieContainer container)
    {
        Jars.AddOrUpdate(client, container);
        return client;
    }

    public static string Read(HttpClient client, string name) =>
        Jars.TryGetValue(client, out var container) && container.GetCookies(Origin)[name] is { } cookie
            ? cookie.Value
            : throw new InvalidOperationException($"The client has no cookie {name}.");

    /// <summary>Gives the client a cookie captured elsewhere (another client, another instance).</summary>
    public static void Write(HttpClient client, string name, string value)
    {
        if (!Jars.TryGetValue(client, out var container)) throw new InvalidOperationException("The client has no cookie jar.");
        container.Add(Origin, new Cookie(name, value, "/") { Secure = true, HttpOnly = true });
    }

    public sealed class Handler(CookieContainer container) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            var header = container.GetCookieHeader(uri);
            if (header.Length > 0) request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                foreach (var cookie in cookies) container.SetCookies(uri, cookie);
            }
            return response;
        }
    }
}
