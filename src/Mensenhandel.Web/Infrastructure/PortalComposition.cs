using Mensenhandel.Data;
using Mensenhandel.Domain.Calendar;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Identity;
using Mensenhandel.Web.Pages.Account;
using Mensenhandel.Web.Pages.Beheer;
using Mensenhandel.Web.Pages.Beheer.Gebruikers;
using Mensenhandel.Web.Notifications;
using Mensenhandel.Web.Pages.Melden;
using Mensenhandel.Web.Privacy;
using Mensenhandel.Web.Infrastructure.Jobs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Features;
using Serilog;

namespace Mensenhandel.Web.Infrastructure;

/// <summary>Services and middleware of the portal, in the order a request meets them.</summary>
internal static class PortalComposition
{
    public const long MaxRequestBodyBytes = 256 * 1024;

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.AddPortalLogging();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = MaxRequestBodyBytes;
            form.ValueCountLimit = 512;
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddFieldEncryption();
        builder.AddPortalDatabase();

        builder.Services.AddDataProtection()
            .SetApplicationName("Mensenhandel")
            .PersistKeysToDbContext<AppDbContext>()
            .ProtectKeysAsConfigured(builder.Configuration);

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Only proxies an operator names are trusted to tell the client's address and scheme.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
            // Ranges (CIDR, e.g. the pod network of an ingress controller), for proxies without a fixed address.
            foreach (var network in builder.Configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        builder.Services.AddAntiforgery(options =>
        {
            PortalCookies.Configure(options.Cookie, "Antiforgery", builder.Environment);
            options.SuppressXFrameOptionsHeader = true; // frame-ancestors 'none' in the CSP covers this
        });

        builder.Services.AddHttpContextAccessor();
        builder.AddPortalIdentity();
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddScoped<AuditVerifier>();
        builder.Services.AddScoped<FieldKeyRotation>();
        builder.Services.Configure<RetentionOptions>(builder.Configuration.GetSection(RetentionOptions.Section));
        builder.Services.AddScoped<RetentionPlan>();
        builder.Services.AddScoped<Pseudonymiser>();
        builder.Services.AddSingleton<PrivacyMail>();
        builder.Services.AddSingleton<Notifications.DisputeMail>();
        builder.Services.AddScoped<DataSubjectExport>();
        builder.Services.AddScheduledJob<RetentionJob>();
        builder.Services.AddScheduledJob<AuditVerificationJob>();
        builder.Services.AddScheduledJob<Pages.Dashboard.ReportFactsRefreshJob>();
        builder.Services.AddScheduledJob<Pages.Casussen.DisputeEscalationJob>();
        builder.Services.AddScoped<SignInFlow>();
        builder.Services.AddScoped<ReferenceLists>();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<Pages.Dashboard.DashboardFigures>();
        builder.Services.AddScoped<UserAdministration>();
        // Demo settings exist only in Development; elsewhere they are never read and stay off.
        var demo = builder.Environment.IsDevelopment()
            ? builder.Configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions()
            : new DemoOptions();
        builder.Services.AddSingleton(demo);

        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AddPageRoute("/Fout/Index", "fout/{code:int?}");
            // Public pages; everything else needs a signed-in user with a second factor (fallback policy).
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToFolder("/Over");
            options.Conventions.AllowAnonymousToFolder("/Fout");
            options.Conventions.AllowAnonymousToFolder("/Melden");
        }).AddMvcOptions(mvc =>
        {
            // Input models validate themselves with Dutch messages; no English "The X field is required".
            mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        }).AddCookieTempDataProvider(tempData =>
        {
            PortalCookies.Configure(tempData.Cookie, "TempData", builder.Environment);
            tempData.Cookie.IsEssential = true;
        });

        builder.Services.Configure<RouteOptions>(routes => routes.LowercaseUrls = true);
        builder.AddPortalRateLimits();
        builder.AddPortalNotifications();
        builder.Services.Configure<Jobs.ScheduledJobOptions>(builder.Configuration.GetSection(Jobs.ScheduledJobOptions.Section));
        builder.Services.AddSingleton<SubmissionTokens>();
        builder.Services.AddSingleton<Pages.CachedCounts>();
        builder.Services.AddSingleton<Pages.Meldingen.BacklogCounts>();
        builder.Services.AddSingleton<Pages.Melden.ReportFormChoicesCache>();
        builder.Services.AddScoped<ReportIntake>();
        builder.Services.AddSingleton<ReportWriter>();
        builder.Services.AddScoped<Mensenhandel.Web.Pages.Meldingen.Triage>();
        // Triage deadlines in Dutch working days; the numbers of days are configurable (section "Triage").
        builder.Services.AddSingleton(new WorkingDays());
        builder.Services.AddSingleton(builder.Configuration.GetSection("Triage").Get<TriageDeadline>() ?? TriageDeadline.Default);
        builder.Services.AddSingleton(builder.Configuration.GetSection("Casussen").Get<Mensenhandel.Domain.Cases.FundingDisputePolicy>() ?? Mensenhandel.Domain.Cases.FundingDisputePolicy.Default);

        builder.Services.AddPortalHealthChecks();
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseSerilogRequestLogging(options =>
        {
            // Path only: query strings and form values can carry what a signaler typed.
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} answered {StatusCode} in {Elapsed:0.0} ms";
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        });

        app.UsePortalErrorPages();

        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapPortalHealthChecks();
        app.MapSecurityTxt();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
