using System.Globalization;
using Mensenhandel.Data;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Tests.Infrastructure;

namespace Mensenhandel.Web.Tests.Dashboard;

/// <summary>One seeded melding as the test knows it: the facts the expected figures are computed from.</summary>
public sealed record SeedReport(string Region, string Municipality, DateTimeOffset SubmittedAt, IReadOnlyList<ExploitationForm> Forms,
    Sector Sector, bool Minor, bool Acute, DateTimeOffset? TriagedAt);

public sealed record SeedCase(string Region, DateTimeOffset OpenedAt, bool Closed, IReadOnlyList<(ReferralKind Kind, ReferralStatus Status)> Referrals);

/// <summary>
/// A deterministic dataset in Noord-Holland (RE04) and Midden-Nederland (RE03), stored through the DbContext with
/// the domain's own methods. Midden-Nederland gets different volumes, so any leak into a Noord-Holland figure shows.
/// </summary>
public sealed class DashboardPortal : PortalFactory
{
    public static readonly string[] NoordHolland = ["GM0361", "GM0373", "GM0375", "GM0377"];
    public static readonly string[] MiddenNederland = ["GM0344", "GM0376"];
    public const string Castricum = "GM0383";

    public List<SeedReport> Reports { get; } = [];
    public List<SeedCase> Cases { get; } = [];
    public DateTimeOffset Now { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Now = Clock.GetUtcNow();
        var random = new Random(20261122);
        var forms = Enum.GetValues<ExploitationForm>();
        var sectors = Enum.GetValues<Sector>();
        for (var i = 0; i < 420; i++)
        {
            var inNoordHolland = i % 3 != 0;
            var municipalities = inNoordHolland ? NoordHolland : MiddenNederland;
            // Skewed on purpose: Alkmaar and Utrecht get most, the others few (so suppression has work to do).
            var municipality = random.Next(10) < 6 ? municipalities[0] : municipalities[random.Next(municipalities.Length)];
            var submitted = Now.AddDays(-random.Next(0, 760)).AddMinutes(-random.Next(0, 1440));
            var chosen = forms.Where(_ => random.Next(4) == 0).ToList();
            if (chosen.Count == 0) chosen.Add(forms[random.Next(3)]);
            DateTimeOffset? triaged = random.Next(5) == 0 ? null : submitted.AddMinutes(random.Next(10, 60 * 24 * 6));
            if (triaged > Now) triaged = null;
            Reports.Add(new SeedReport(inNoordHolland ? "RE04" : "RE03", municipality, submitted, chosen,
                sectors[random.Next(sectors.Length) % (inNoordHolland ? sectors.Length : 4)], random.Next(4) == 0, random.Next(6) == 0, triaged));
        }
        // Castricum: three meldingen in the last months, too few to show for a municipality filter.
        for (var i = 0; i < 3; i++)
        {
            Reports.Add(new SeedReport("RE04", Castricum, Now.AddDays(-10 * (i + 1)), [ExploitationForm.Labour], Sector.Care, false, false, null));
        }
        var kinds = Enum.GetValues<ReferralKind>();
        for (var i = 0; i < 90; i++)
        {
            var referrals = Enumerable.Range(0, random.Next(0, 3))
                .Select(_ => (kinds[random.Next(4)], random.Next(3) switch { 0 => ReferralStatus.Sent, 1 => ReferralStatus.Accepted, _ => ReferralStatus.Rejected }))
                .ToList();
            // An hour off whole days, so the request's slightly later clock puts each casus in the same age band.
            Cases.Add(new SeedCase(i % 4 == 0 ? "RE03" : "RE04", Now.AddDays(-random.Next(0, 700)).AddHours(-1), random.Next(3) == 0, referrals));
        }
        await WithDbAsync(StoreAsync);
    }

    private async Task<int> StoreAsync(AppDbContext db)
    {
        var n = 0;
        foreach (var seed in Reports)
        {
            n++;
            var report = Report.Submit(Guid.NewGuid(), string.Create(CultureInfo.InvariantCulture, $"MH-1999-{n:000000}"), "seed", seed.SubmittedAt,
                new Routing(seed.Municipality, seed.Region),
                new Situation(seed.Acute, seed.Forms, [], null, "Beschrijving", null, null),
                new VictimDetails(seed.Minor ? AgeGroup.Minor : AgeGroup.From23, Gender.Unknown, null, null, null, Answer.Unknown, Consent.Unknown),
                new ReporterDetails(true, null, null, seed.Sector, null, null, Answer.Unknown));
            if (seed.TriagedAt is { } triaged) report.CloseWithoutCase(ReportClosingReason.InsufficientInformation, "seed", triaged);
            db.Reports.Add(report);
        }
        n = 0;
        foreach (var seed in Cases)
        {
            n++;
            var casus = Case.Open(string.Create(CultureInfo.InvariantCulture, $"CS-1999-{n:000000}"), seed.Region, "seed",
                [ExploitationForm.Labour], false, Consent.Unknown, "MH-1999-000001", seed.OpenedAt);
            foreach (var (kind, status) in seed.Referrals)
            {
                var referral = Referral.Send(casus, kind, null, false, LegalGround.None, "Vraag", "seed", seed.OpenedAt);
                if (status == ReferralStatus.Accepted) referral.Accept("seed", seed.OpenedAt);
                if (status == ReferralStatus.Rejected) referral.Reject("past niet", "seed", seed.OpenedAt);
                db.Referrals.Add(referral);
            }
            if (seed.Closed) casus.MoveTo(CaseStatus.Closed, "seed", seed.OpenedAt.AddDays(1), "Afgerond");
            db.Cases.Add(casus);
        }
        return await db.SaveChangesAsync();
    }
}
