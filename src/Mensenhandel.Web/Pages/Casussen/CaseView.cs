using Mensenhandel.Data;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Web.Authorization;
using Mensenhandel.Web.Forms;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace Mensenhandel.Web.Pages.Casussen;

/// <summary>What the casus page and its municipality page show besides the aggregate: names and related records, read in a few queries.</summary>
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

    /// <summary>The proposal in words, "Alkmaar of Hoorn (vindplaats volgens de meldingen)"; null when the meldingen place the person nowhere.</summary>
    public string? Proposal => PlacesFound.Count == 0 ? null
        : $"{string.Join(" of ", PlacesFound.Select(MunicipalityName))} (vindplaats volgens de {(PlacesFound.Count == 1 ? "melding" : "meldingen")})";

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
