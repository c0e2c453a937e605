using Mensenhandel.Data;
using Mensenhandel.Domain;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Mensenhandel.Web.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace Mensenhandel.Web.Pages.Casussen;

/// <summary>
/// A casus: facts, timeline, meldingen, referrals, shelter and the paying municipality, and the coordinator's
/// actions on it. Every form carries the version it was loaded with, so a colleague's change is never
/// silently overwritten.
/// </summary>
[Authorize(Policy = Policies.CareCoordination)]
public sealed class DetailsModel(AppDbContext db, RecordAccess access, AuditTrail audit, TimeProvider clock, FundingDisputePolicy disputes,
    Melden.ReportFormChoicesCache choices, IMemoryCache cache) : PageModel
{
    public Case Case { get; private set; } = null!;
    public CaseView View { get; private set; } = null!;

    [BindProperty] public int Version { get; set; }
    [BindProperty] public CaseStatus? NewStatus { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public ReferralInput Referral { get; set; } = new();
    [BindProperty] public Guid? ShelterOrganisationId { get; set; }
    [BindProperty] public DateOnly? ShelterStart { get; set; }
    [BindProperty] public Guid? PlacementId { get; set; }
    [BindProperty] public DateOnly? ShelterEnd { get; set; }
    [BindProperty] public string? AssignTo { get; set; }
    [BindProperty] public List<Domain.Reports.ExploitationForm> Forms { get; set; } = [];
    [BindProperty] public DateOnly? ReflectionStart { get; set; }
    [BindProperty] public ResponsibilityInput Responsibility { get; set; } = new();
    [BindProperty] public DisputeInput Dispute { get; set; } = new();
    [BindProperty] public Guid? ReferralId { get; set; }
    [TempData] public string? Notice { get; set; }

    /// <summary>Whether a running funding dispute has passed the escalation term.</summary>
    public bool IsEscalated(FundingDispute dispute) => dispute.IsEscalated(clock.GetUtcNow(), disputes);

    public sealed class ResponsibilityInput
    {
        public string? MunicipalityCode { get; set; }
        public ResponsibilityBasis? Basis { get; set; }
        public string? Reason { get; set; }
    }

    public sealed class DisputeInput
    {
        public List<string> MunicipalityCodes { get; set; } = [];
        public string? Note { get; set; }
        public Guid? DisputeId { get; set; }
        public string? PayingMunicipalityCode { get; set; }
    }

    public sealed class ReferralInput
    {
        public ReferralKind? Kind { get; set; }
        public Guid? RecipientOrganisationId { get; set; }
        public bool SharesIdentity { get; set; }
        public LegalGround LegalGround { get; set; }
        public string? Request { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, CaseOperations.Read, cancellationToken)) return NotFound();
        Version = Case.Version;
        Forms = [.. Case.Forms.Select(f => f.Form)];
        Responsibility.MunicipalityCode = Case.ResponsibleMunicipalityCode ?? (View.PlacesFound.Count > 0 ? View.PlacesFound[0] : null);
        Responsibility.Basis = Case.ResponsibilityBasis;
        Responsibility.Reason = Case.ResponsibilityReason;
        await audit.WriteAsync(AuditAction.Viewed, "Casus", id);
        return Page();
    }

    public Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct) => ActAsync(id, async (casus, me, now) =>
    {
        if (string.IsNullOrEmpty(AssignTo) || !await db.CoordinatorsOf(casus.RegionId).AnyAsync(u => u.Id == AssignTo, ct))
            throw new DomainRuleException("Kies een zorgcoördinator van deze regio.");
        casus.AssignTo(AssignTo, me, now);
        return "toegewezen";
    }, "De casus is toegewezen.", ct);

    public Task<IActionResult> OnPostFormsAsync(Guid id, CancellationToken ct) => ActAsync(id, (casus, me, now) =>
    {
        casus.ChangeForms(Forms, me, now);
        return Task.FromResult($"vormen {string.Join(",", Forms)}");
    }, "De vormen van uitbuiting zijn gewijzigd.", ct);

    public Task<IActionResult> OnPostReflectionAsync(Guid id, CancellationToken ct) => ActAsync(id, (casus, me, now) =>
    {
        if (ReflectionStart is not { } start) throw new DomainRuleException("Vul de begindatum van de bedenktijd in.");
        casus.StartReflectionPeriod(start, me, now);
        return Task.FromResult("bedenktijd gestart");
    }, "De bedenktijd is vastgelegd.", ct);

    public Task<IActionResult> OnPostResponsibilityAsync(Guid id, CancellationToken ct) => ActAsync(id, async (casus, me, now) =>
    {
        if (Responsibility.Basis is not { } basis) throw new DomainRuleException("Kies waarop de keuze van de gemeente berust.");
        var code = await RequireMunicipalityAsync(Responsibility.MunicipalityCode, "Kies de verantwoordelijke gemeente uit de lijst.", ct);
        casus.SetResponsibleMunicipality(code, basis, Responsibility.Reason, me, now, View.PlacesFound.ToList());
        return $"verantwoordelijke gemeente {code} ({basis})";
    }, "De verantwoordelijke gemeente is vastgelegd.", ct);

    public Task<IActionResult> OnPostOpenDisputeAsync(Guid id, CancellationToken ct) => ActAsync(id, async (casus, me, now) =>
    {
        var codes = new List<string>();
        foreach (var typed in Dispute.MunicipalityCodes.Where(c => !string.IsNullOrEmpty(c)).Distinct(StringComparer.Ordinal))
            codes.Add(await RequireMunicipalityAsync(typed, "Kies de gemeenten van het geschil uit de lijst.", ct));
        casus.OpenFundingDispute(codes, Dispute.Note, me, now);
        return $"financieringsgeschil {string.Join(",", codes)}";
    }, "Het financieringsgeschil is vastgelegd.", ct);

    public Task<IActionResult> OnPostResolveDisputeAsync(Guid id, CancellationToken ct) => ActAsync(id, (casus, me, now) =>
    {
        if (Dispute.DisputeId is not { } disputeId || string.IsNullOrEmpty(Dispute.PayingMunicipalityCode))
            throw new DomainRuleException("Kies de gemeente die betaalt.");
        casus.ResolveFundingDispute(disputeId, Dispute.PayingMunicipalityCode, me, now);
        return Task.FromResult($"geschil opgelost: {Dispute.PayingMunicipalityCode}");
    }, "Het financieringsgeschil is opgelost.", ct);

    public Task<IActionResult> OnPostCompleteReferralAsync(Guid id, CancellationToken ct) =>
        ActOnReferralAsync(id, (referral, casus, me, now) => referral.Complete(casus, me, now), "afgerond", "De verwijzing is afgerond.", ct);

    public Task<IActionResult> OnPostRevokeReferralAsync(Guid id, CancellationToken ct) =>
        ActOnReferralAsync(id, (referral, casus, me, now) => referral.Revoke(casus, me, now), "ingetrokken", "De verwijzing is ingetrokken.", ct);

    private Task<IActionResult> ActOnReferralAsync(Guid id, Action<Domain.Cases.Referral, Case, string, DateTimeOffset> change, string what, string notice, CancellationToken ct) =>
        ActAsync(id, async (casus, me, now) =>
        {
            var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == ReferralId && r.CaseId == casus.Id, ct)
                ?? throw new DomainRuleException("Deze verwijzing hoort niet bij deze casus.");
            change(referral, casus, me, now);
            AfterSave(() => audit.WriteAsync(AuditAction.Changed, "Verwijzing", referral.Id, detail: what));
            return $"verwijzing {what}";
        }, notice, ct);

    private async Task<string> RequireMunicipalityAsync(string? code, string message, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(code) && await db.Municipalities.AnyAsync(m => m.Code == code, cancellationToken) ? code : throw new DomainRuleException(message);

    public Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken ct) => ActAsync(id, (casus, me, now) =>
    {
        if (NewStatus is not { } status) throw new DomainRuleException("Kies de nieuwe status.");
        casus.MoveTo(status, me, now, Reason);
        return Task.FromResult($"status {status}");
    }, "De status is gewijzigd.", ct);

    public Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken ct) => ActAsync(id, (casus, me, now) =>
    {
        casus.AddNote(Note ?? "", me, now);
        return Task.FromResult("notitie");
    }, "De notitie is toegevoegd.", ct);

    public Task<IActionResult> OnPostReferAsync(Guid id, CancellationToken ct) => ActAsync(id, async (casus, me, now) =>
    {
        if (Referral.Kind is not { } kind) throw new DomainRuleException("Kies naar wie u verwijst.");
        await RequireFittingRecipientAsync(kind, Referral.RecipientOrganisationId, ct);
        var referral = Domain.Cases.Referral.Send(casus, kind, Referral.RecipientOrganisationId, Referral.SharesIdentity,
            Referral.LegalGround, Referral.Request ?? "", me, now);
        db.Referrals.Add(referral);
        AfterSave(() => audit.WriteAsync(AuditAction.Referred, "Verwijzing", referral.Id,
            detail: $"casus {casus.Id}, {kind}, identiteit {(referral.SharesIdentity ? "gedeeld: " + referral.LegalGround : "niet gedeeld")}"));
        return $"verwijzing {kind}";
    }, "De verwijzing is verstuurd.", ct);

    public Task<IActionResult> OnPostStartShelterAsync(Guid id, CancellationToken ct) => ActAsync(id, async (casus, me, now) =>
    {
        if (ShelterOrganisationId is not { } organisationId
            || !await db.Organisations.AnyAsync(o => o.Id == organisationId && o.Type == OrganisationType.CareProvider && o.IsActive, ct))
            throw new DomainRuleException("Kies de opvangorganisatie uit de lijst.");
        if (ShelterStart is not { } start) throw new DomainRuleException("Vul de begindatum van de opvang in.");
        casus.StartShelter(organisationId, start, me, now);
        return "opvang gestart";
    }, "De opvang is vastgelegd.", ct);

    public Task<IActionResult> OnPostEndShelterAsync(Guid id, CancellationToken ct) => ActAsync(id, (casus, me, now) =>
    {
        if (PlacementId is not { } placementId || ShelterEnd is not { } end) throw new DomainRuleException("Vul de einddatum van de opvang in.");
        casus.EndShelter(placementId, end, me, now);
        return Task.FromResult("opvang beëindigd");
    }, "Het einde van de opvang is vastgelegd.", ct);

    private readonly List<Func<Task>> _afterSave = [];

    /// <summary>Audit lines about related records are written only once the change is stored.</summary>
    private void AfterSave(Func<Task> write) => _afterSave.Add(write);

    private async Task<IActionResult> ActAsync(Guid id, Func<Case, string, DateTimeOffset, Task<string>> change, string notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, CaseOperations.Edit, cancellationToken, tracked: true)) return NotFound();
        db.Entry(Case).Property(c => c.Version).OriginalValue = Version;
        try
        {
            var what = await change(Case, User.GetUserId()!, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await audit.WriteAsync(AuditAction.Changed, "Casus", id, detail: what);
            foreach (var write in _afterSave) await write();
            Notice = notice;
            return RedirectToPage(new { id });
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError("", ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, CaseOperations.Read, cancellationToken);
            var latest = View.Timeline.Count > 0 ? View.Timeline[0] : null;
            ModelState.AddModelError("", "Deze casus is intussen door een collega gewijzigd; uw wijziging is niet opgeslagen. " +
                $"Laatste wijziging: {latest?.Text}. Uw invoer staat hieronder nog; controleer en verstuur opnieuw.");
            Version = Case.Version;
            return Page();
        }
        db.ChangeTracker.Clear();
        await LoadAsync(id, CaseOperations.Read, cancellationToken);
        return Page();
    }

    private async Task RequireFittingRecipientAsync(ReferralKind kind, Guid? organisationId, CancellationToken cancellationToken)
    {
        var expected = Domain.Cases.Referral.RecipientType(kind);
        if (expected is null)
        {
            if (organisationId is not null) throw new DomainRuleException("Voor deze verwijzing kiest u geen organisatie in het portaal.");
            return;
        }
        if (organisationId is not { } id || !await db.Organisations.AnyAsync(o => o.Id == id && o.Type == expected && o.IsActive, cancellationToken))
            throw new DomainRuleException("Kies een ontvangende organisatie die bij deze soort verwijzing past.");
    }

    private async Task<bool> LoadAsync(Guid id, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation,
        CancellationToken cancellationToken, bool tracked = false)
    {
        // One connection for the page's reads: each separate open rents a pooled connection again. (The
        // session reset that also came with each open is gone portal-wide, No Reset On Close; without this
        // explicit open the page still served about 10 % fewer views per second in the profiling script.)
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // A change loads the whole aggregate. A view reads the timeline with the page's other related rows
            // (CaseView); forms, placements and disputes are a handful of rows each, so they come in the case's
            // own statement instead of one round trip per collection.
            var loaded = tracked
                ? await db.Cases.Include(c => c.Forms).Include(c => c.Events).Include(c => c.Placements).Include(c => c.Disputes)
                    .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                : await db.Cases.AsNoTracking().Include(c => c.Forms).Include(c => c.Placements).Include(c => c.Disputes)
                    .AsSingleQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            var casus = await access.PermitAsync(User, loaded, operation, "Casus", id);
            if (casus is null) return false;
            Case = casus;
            View = await CaseView.LoadAsync(db, cache, casus, await choices.GetAsync(db, clock, cancellationToken), cancellationToken);
            return true;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>What the case page shows besides the aggregate: names and related records, read in a few queries.</summary>
public sealed partial class CaseView
{
    public sealed record LinkedReport(Guid Id, string Reference, DateTimeOffset SubmittedAt);
    public sealed record ReferralRow(Guid Id, ReferralKind Kind, string? Recipient, ReferralStatus Status, bool SharesIdentity, LegalGround Ground, DateTimeOffset SentAt);
    public sealed record TimelineEntry(DateTimeOffset At, string Text);

    /// <summary>What happened to the casus, latest first.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; private init; } = [];

    public IReadOnlyList<LinkedReport> Reports { get; private init; } = [];
    public IReadOnlyList<ReferralRow> Referrals { get; private init; } = [];
    public IReadOnlyDictionary<Guid, string> OrganisationNames { get; private init; } = new Dictionary<Guid, string>();
    public IReadOnlyList<SelectListItem> Recipients { get; private init; } = [];
    public IReadOnlyList<SelectListItem> Shelters { get; private init; } = [];
    public IReadOnlyList<SelectListItem> Coordinators { get; private init; } = [];

    /// <summary>All municipalities as options of a select, encoded once per version of the reference list.</summary>
    public PreRenderedOptions MunicipalityOptions => Choices.MunicipalityOptions;
    private Melden.ReportFormChoices Choices { get; init; } = new();

    /// <summary>The municipalities where the linked meldingen place the person, earliest melding first: the proposal.</summary>
    public IReadOnlyList<string> PlacesFound { get; private init; } = [];

    public string MunicipalityName(string? code) => Choices.MunicipalityName(code) ?? "";

    /// <summary>Timeline texts name municipalities by CBS code; people read names.</summary>
    public string Readable(string text) => MunicipalityCodePattern().Replace(text, m => MunicipalityName(m.Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"\bGM\d{4}\b", System.Text.RegularExpressions.RegexOptions.None, 100)]
    private static partial System.Text.RegularExpressions.Regex MunicipalityCodePattern();

    /// <summary>
    /// How long the list of active organisations that the forms offer is reused (the administrator's change
    /// clears it at once on the instance that made it). Every action checks its choice against the database, so
    /// a list a minute old on another instance can only offer a choice that is then refused.
    /// </summary>
    public static readonly TimeSpan OrganisationsLifetime = TimeSpan.FromMinutes(1);

    public const string OrganisationsCacheKey = "casus:organisaties";

    private sealed record OrganisationChoice(Guid Id, string Name, OrganisationType Type);

    /// <param name="choices">All municipalities by name (the cached reference list of the melding form).</param>
    public static async Task<CaseView> LoadAsync(AppDbContext db, IMemoryCache cache, Case casus, Melden.ReportFormChoices choices,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(cache);
        var organisations = await cache.GetOrCreateAsync(OrganisationsCacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = OrganisationsLifetime;
            return await db.Organisations.AsNoTracking().Where(o => o.IsActive)
                .OrderBy(o => o.Name).Select(o => new OrganisationChoice(o.Id, o.Name, o.Type)).ToListAsync(cancellationToken);
        }) ?? [];
        var (timeline, linked, referrals, coordinators) = db.Database.IsNpgsql()
            ? await ReadRelatedInOneBatchAsync(db, casus, cancellationToken)
            : await ReadRelatedAsync(db, casus, cancellationToken);
        return new CaseView
        {
            Timeline = timeline,
            Reports = [.. linked.Select(r => new LinkedReport(r.Id, r.Reference, r.SubmittedAt))],
            // The proposal: where the linked meldingen (earliest first) place the person.
            PlacesFound = [.. linked.Where(r => r.MunicipalityCode is not null).Select(r => r.MunicipalityCode!).Distinct(StringComparer.Ordinal)],
            Coordinators = coordinators,
            Choices = choices,
            Referrals = referrals,
            OrganisationNames = organisations.ToDictionary(o => o.Id, o => o.Name),
            Recipients = [.. organisations.Where(o => o.Type is OrganisationType.Police or OrganisationType.CareProvider or OrganisationType.Municipality or OrganisationType.National)
                .Select(o => new SelectListItem(o.Name, o.Id.ToString()))],
            Shelters = [.. organisations.Where(o => o.Type == OrganisationType.CareProvider).Select(o => new SelectListItem(o.Name, o.Id.ToString()))],
        };
    }

    private sealed record LinkedRow(Guid Id, string Reference, DateTimeOffset SubmittedAt, string? MunicipalityCode);

    private static async Task<(List<TimelineEntry>, List<LinkedRow>, List<ReferralRow>, List<SelectListItem>)> ReadRelatedAsync(AppDbContext db,
        Case casus, CancellationToken cancellationToken)
    {
        var caseId = casus.Id;
        var timeline = await db.Set<CaseEvent>().AsNoTracking().Where(e => e.CaseId == caseId).OrderByDescending(e => e.At)
            .Select(e => new TimelineEntry(e.At, e.Text)).ToListAsync(cancellationToken);
        var linked = await db.Reports.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.SubmittedAt)
            .Select(r => new LinkedRow(r.Id, r.Reference, r.SubmittedAt, r.MunicipalityCode)).ToListAsync(cancellationToken);
        var referrals = await (from r in db.Referrals.AsNoTracking()
                               join o in db.Organisations on r.RecipientOrganisationId equals o.Id into recipients
                               from o in recipients.DefaultIfEmpty()
                               where r.CaseId == caseId
                               orderby r.SentAt descending
                               select new ReferralRow(r.Id, r.Kind, o.Name, r.Status, r.SharesIdentity, r.LegalGround, r.SentAt)).ToListAsync(cancellationToken);
        var coordinators = await db.CoordinatorsOf(casus.RegionId).OrderBy(u => u.Email)
            .Select(u => new SelectListItem(u.Email, u.Id)).ToListAsync(cancellationToken);
        return (timeline, linked, referrals, coordinators);
    }

    /// <summary>
    /// The same four reads as <see cref="ReadRelatedAsync"/> in one round trip (an Npgsql batch on the page's open
    /// connection): each separate EF query costs the portal and PostgreSQL more than its few rows. The timeline's
    /// text is decrypted by the model's own converter of that column, exactly as EF would.
    /// </summary>
    private static async Task<(List<TimelineEntry>, List<LinkedRow>, List<ReferralRow>, List<SelectListItem>)> ReadRelatedInOneBatchAsync(
        AppDbContext db, Case casus, CancellationToken cancellationToken)
    {
        var textConverter = db.Model.FindEntityType(typeof(CaseEvent))!.FindProperty(nameof(CaseEvent.Text))!.GetValueConverter();
        var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
        await using var batch = new Npgsql.NpgsqlBatch(connection)
        {
            Transaction = db.Database.CurrentTransaction?.GetDbTransaction() as Npgsql.NpgsqlTransaction,
        };
        foreach (var sql in RelatedReads)
        {
            var command = new Npgsql.NpgsqlBatchCommand(sql);
            command.Parameters.Add(new Npgsql.NpgsqlParameter<Guid> { TypedValue = casus.Id });
            batch.BatchCommands.Add(command);
        }
        var coordinatorsCommand = new Npgsql.NpgsqlBatchCommand(Colleagues.CoordinatorsOfPostgresSql);
        coordinatorsCommand.Parameters.Add(new Npgsql.NpgsqlParameter<string> { TypedValue = Colleagues.CoordinatorRoleOf(casus.RegionId) });
        coordinatorsCommand.Parameters.Add(new Npgsql.NpgsqlParameter { Value = (object?)casus.RegionId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        batch.BatchCommands.Add(coordinatorsCommand);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var timeline = new List<TimelineEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var stored = reader.GetString(1);
            timeline.Add(new TimelineEntry(reader.GetFieldValue<DateTimeOffset>(0),
                textConverter is null ? stored : (string)textConverter.ConvertFromProvider(stored)!));
        }
        await reader.NextResultAsync(cancellationToken);
        var linked = new List<LinkedRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            linked.Add(new LinkedRow(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                await reader.IsDBNullAsync(3, cancellationToken) ? null : reader.GetString(3)));
        }
        await reader.NextResultAsync(cancellationToken);
        var referrals = new List<ReferralRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            referrals.Add(new ReferralRow(reader.GetGuid(0), Enum.Parse<ReferralKind>(reader.GetString(1)),
                await reader.IsDBNullAsync(2, cancellationToken) ? null : reader.GetString(2), Enum.Parse<ReferralStatus>(reader.GetString(3)),
                reader.GetBoolean(4), Enum.Parse<LegalGround>(reader.GetString(5)), reader.GetFieldValue<DateTimeOffset>(6)));
        }
        await reader.NextResultAsync(cancellationToken);
        var coordinators = new List<SelectListItem>();
        while (await reader.ReadAsync(cancellationToken))
            coordinators.Add(new SelectListItem(await reader.IsDBNullAsync(1, cancellationToken) ? null : reader.GetString(1), reader.GetString(0)));
        return (timeline, linked, referrals, coordinators);
    }

    // The SQL of ReadRelatedAsync's first three queries (enums are stored as their names).
    private static readonly string[] RelatedReads =
    [
        """SELECT e."At", e."Text" FROM "CaseEvents" AS e WHERE e."CaseId" = $1 ORDER BY e."At" DESC""",
        """SELECT r."Id", r."Reference", r."SubmittedAt", r."MunicipalityCode" FROM "Reports" AS r WHERE r."CaseId" = $1 ORDER BY r."SubmittedAt" """,
        """
        SELECT r."Id", r."Kind", o."Name", r."Status", r."SharesIdentity", r."LegalGround", r."SentAt"
        FROM "Referrals" AS r LEFT JOIN "Organisations" AS o ON r."RecipientOrganisationId" = o."Id"
        WHERE r."CaseId" = $1 ORDER BY r."SentAt" DESC
        """,
    ];
}
