using Mensenhandel.Data;
using Mensenhandel.Data.Identity;
using Mensenhandel.Web.Authorization;
using Mensenhandel.Web.Infrastructure.Jobs;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Mensenhandel.Web.Identity;

internal static class IdentitySetup
{
    public const string InvitationTokenProvider = "Uitnodiging";
    public const string CookieName = "__Host-Mensenhandel";

    public static void AddPortalIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PortalOptions>>().Value);
        var session = builder.Configuration.GetSection(SessionOptions.Section).Get<SessionOptions>() ?? new SessionOptions();
        services.AddSingleton(session);
        services.AddSingleton<SessionCache>();
        services.AddSingleton<DatabaseTicketStore>();
        services.AddSingleton<SecurityStampChecks>();
        if (session.Cache) services.AddHostedService<SessionRevocationListener>();
        services.AddScheduledJob<SessionCleanup>();
        services.AddSingleton<IAccountMail, TransportAccountMail>();

        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // Length over composition (NIST SP 800-63B, ASVS 6.2): 12+ characters, any characters, paste allowed.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Tokens.AuthenticatorTokenProvider = OneTimeTotpTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddErrorDescriber<DutchIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeTotpTokenProvider>(OneTimeTotpTokenProvider.ProviderName)
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider);

        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.Configure<InvitationTokenProviderOptions>(o =>
        {
            o.Name = InvitationTokenProvider;
            o.TokenLifespan = TimeSpan.FromDays(7);
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // The validator rebuilds the principal from the database (fresh role and organisation claims) but
            // would drop how the user signed in; keep the second-factor claim, or every session would fall
            // back to password-only after a minute.
            o.OnRefreshingPrincipal = context =>
            {
                var methods = context.CurrentPrincipal?.FindAll(PortalClaims.AuthenticationMethod).ToList() ?? [];
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    foreach (var method in methods.Where(m => !identity.HasClaim(m.Type, m.Value)))
                        identity.AddClaim(new System.Security.Claims.Claim(method.Type, method.Value));
                }
                return Task.CompletedTask;
            };
        });

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((cookie, store) =>
            {
                // Identity's validator comes with its whole graph (sign-in manager, user manager, its token
                // providers), resolved on every request only to find, nearly always, that its interval has not
                // passed yet. Ask the interval first, exactly as the validator does, and call it when it is due,
                // once per ticket on this instance (SecurityStampChecks).
                var validate = cookie.Events.OnValidatePrincipal;
                cookie.Events.OnValidatePrincipal = context => CheckSecurityStampAsync(context, validate);
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.Path = "/";
                cookie.ExpireTimeSpan = session.IdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.SessionStore = store;
                cookie.LoginPath = "/inloggen";
                cookie.LogoutPath = "/uitloggen";
                cookie.AccessDeniedPath = "/fout/404";
                cookie.ReturnUrlParameter = "terug";
            });
        services.ConfigureExternalCookie(cookie => HostCookie(cookie, "__Host-Mensenhandel-Extern"));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme)
            .Configure(cookie => HostCookie(cookie, "__Host-Mensenhandel-Tweestaps"));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme)
            .Configure(cookie => HostCookie(cookie, "__Host-Mensenhandel-Apparaat"));


        services.AddAuthorizationBuilder().AddPortalPolicies();
        services.AddSingleton<IAuthorizationHandler, ReportAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, CaseAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, ReferralAuthorizationHandler>();
        services.AddScoped<RecordAccess>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, PortalAuthorizationResultHandler>();
    }

    /// <summary>
    /// Runs Identity's validator when its own test says the check is due (no issue time, or its interval passed
    /// since it, on its clock: Identity sets the options' clock to the portal's), and then only for the request
    /// that claims the ticket's check on this instance (<see cref="SecurityStampChecks"/>).
    /// </summary>
    private static async Task CheckSecurityStampAsync(CookieValidatePrincipalContext context, Func<CookieValidatePrincipalContext, Task> validate)
    {
        var services = context.HttpContext.RequestServices;
        var options = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        var issued = context.Properties.IssuedUtc;
        if (issued is not null && now - issued.Value <= options.ValidationInterval) return;

        var userId = context.Principal?.GetUserId();
        if (issued is null || userId is null)
        {
            await validate(context); // nothing to know the ticket by; the validator decides (and rejects what it cannot check)
            return;
        }
        var checks = services.GetRequiredService<SecurityStampChecks>();
        if (!checks.TryClaim(userId, issued.Value, now, options.ValidationInterval)) return;
        try
        {
            await validate(context);
        }
        catch
        {
            checks.Release(userId, issued.Value);
            throw;
        }
    }

    private static void HostCookie(CookieAuthenticationOptions cookie, string name)
    {
        cookie.Cookie.Name = name;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.Path = "/";
    }
}

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions;

/// <summary>Invitation links live longer (7 days) than password-reset links (2 hours).</summary>
public sealed class InvitationTokenProvider(
    Microsoft.AspNetCore.DataProtection.IDataProtectionProvider dataProtectionProvider,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<ApplicationUser>> logger)
    : DataProtectorTokenProvider<ApplicationUser>(dataProtectionProvider, options, logger);
