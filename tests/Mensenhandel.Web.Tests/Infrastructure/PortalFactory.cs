using Mensenhandel.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Infrastructure;

/// <summary>
/// The portal on its own fresh PostgreSQL database. Use one per test class (IClassFixture) or create one
/// in a test when the test changes configuration.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private readonly List<Action<IWebHostBuilder>> _customisations = [];

    public string DatabaseName { get; private set; } = "";

    /// <summary>The portal's clock: TOTP steps, session timeouts and deadlines move when a test moves it.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>The account e-mails (invitations, password resets) this instance sent.</summary>
    public CapturedMail Mail { get; } = new();

    /// <summary>Everything this instance logged.</summary>
    public CapturedLog Log { get; } = new();

    private readonly Dictionary<string, long> _lastTotpStep = new(StringComparer.Ordinal);
    /// <summary>Where this portal writes its mails when it has no SMTP server (the .eml files).</summary>
    public string MailPickupDirectory { get; private set; } = "";

    /// <summary>The ASP.NET Core environment; Development unless a test needs production behaviour.</summary>
    public string EnvironmentName { get; init; } = "Development";

    public PortalFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public PortalFactory WithWebHost(Action<IWebHostBuilder> customise)
    {
        _customisations.Add(customise);
        return this;
    }

    public virtual async Task InitializeAsync()
    {
        if (!_settings.ContainsKey("ConnectionStrings:Mensenhandel"))
        {
            DatabaseName = await TestDatabase.CreateAsync();
            _settings["ConnectionStrings:Mensenhandel"] = TestDatabase.ConnectionStringFor(DatabaseName);
        }
        _settings.TryAdd("Database:Provider", nameof(DatabaseProvider.Postgres));
        // Field encryption keys as production gets them (configuration); never the Development key file.
        if (!_settings.ContainsKey("Encryption:ActiveKeyId"))
        {
            _settings["Encryption:ActiveKeyId"] = TestKeys.ActiveKeyId;
            _settings[$"Encryption:Keys:{TestKeys.ActiveKeyId}"] = TestKeys.Key;
            _settings["Encryption:BlindIndexKey"] = TestKeys.BlindIndexKey;
        }
        // Scheduled jobs run when a test calls them (or the runner), never on a timer in the middle of another test.
        _settings.TryAdd("Jobs:Enabled", "false");
        // Tests sign in hundreds of times a minute from one address; the sign-in limit is tested on its own.
        _settings.TryAdd("RateLimits:Inloggen:PermitLimit", "100000");
        // Tests go through the real second factor unless a test asks for the demo shortcut.
        _settings.TryAdd("Demo:SkipMfa", "false");
        // Development mails go to a pickup folder: keep them out of the source tree.
        _settings.TryAdd("Mail:PickupDirectory", Path.Combine(Path.GetTempPath(), $"mh-mail-{Guid.NewGuid():N}"));
        MailPickupDirectory = _settings["Mail:PickupDirectory"]!;
    }

    // One clean-up for both ways a portal ends: xunit's IAsyncLifetime (fixtures) and `await using` (tests
    // that build their own portal, which call the ValueTask overload and would otherwise leave the database).
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Interlocked.Exchange(ref _cleanedUp, 1) == 1) return;
        if (DatabaseName.Length > 0) await TestDatabase.DropAsync(DatabaseName);
        if (Directory.Exists(MailPickupDirectory) && MailPickupDirectory.StartsWith(Path.GetTempPath(), StringComparison.Ordinal))
            Directory.Delete(MailPickupDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }

    private int _cleanedUp;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Mensenhandel.Web.Identity.IAccountMail>(Mail);
            services.AddSingleton<Serilog.Core.ILogEventSink>(Log);
        });
        foreach (var customise in _customisations) customise(builder);
    }

    /// <summary>
    /// A client that keeps cookies. Always https: the portal's cookies are __Host- cookies, which a cookie
    /// container never sends to an http address.
    /// </summary>
    /// <summary>Set when the portal runs on real Kestrel (browser tests): clients then talk to that address.</summary>
    public Uri? ServerAddress { get; set; }

    public HttpClient CreatePortalClient(bool followRedirects = false)
    {
        var container = new System.Net.CookieContainer();
        if (ServerAddress is not null)
        {
            // Over real Kestrel the factory's client would follow redirects itself; tests want to see them.
            var network = new CookieJar.Handler(container)
            {
                InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = followRedirects, UseCookies = false },
            };
            return CookieJar.Attach(new HttpClient(network) { BaseAddress = ServerAddress }, container);
        }
        DelegatingHandler[] handlers = followRedirects
            ? [new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler(), new CookieJar.Handler(container)]
            : [new CookieJar.Handler(container)];
        return CookieJar.Attach(CreateDefaultClient(new Uri("https://localhost"), handlers), container);
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await query(db);
    }

    public Task<int> CountAsync<TEntity>() where TEntity : class =>
        WithDbAsync(db => db.Set<TEntity>().CountAsync());

    /// <summary>
    /// A TOTP code for the account that the portal has not seen yet: the portal accepts each time step once,
    /// so when a test signs in again within the same 30 seconds the clock moves on to the next step.
    /// </summary>
    public string NextTotpCode(string email, string secret)
    {
        lock (_lastTotpStep)
        {
            var step = Clock.GetUtcNow().ToUnixTimeSeconds() / 30;
            if (_lastTotpStep.TryGetValue(email, out var last) && step <= last)
            {
                Clock.Advance(TimeSpan.FromSeconds(30 * (last - step + 1)));
                step = last + 1;
            }
            _lastTotpStep[email] = step;
            return Mensenhandel.Web.Identity.OneTimeTotpTokenProvider.CurrentCode(secret, Clock.GetUtcNow());
        }
    }
}

/// <summary>Fixed test keys (never used outside tests): a portal and its second instance read each other's data.</summary>
public static class TestKeys
{
    public const string ActiveKeyId = "test1";
    public static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    public static readonly string BlindIndexKey = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray());
}
