using Mensenhandel.Data;
using Mensenhandel.Data.Outbox;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Mensenhandel.Web.Notifications;

/// <summary>
/// The mails of an escalated funding dispute (<see cref="Pages.Casussen.DisputeEscalationJob"/>): one to the
/// coordinators of the casus's region, one to the aandachtsfunctionarissen of the municipalities in the dispute,
/// so neither organisation sees the other's addresses. The outbox message's id field holds the dispute's id. Like
/// every portal mail: no names, no content, only that there is something to settle and where.
/// </summary>
public sealed class DisputeMail(IServiceScopeFactory scopes, FundingDisputePolicy policy)
{
    public const string EscalatedToCoordinators = "DisputeEscalatedToCoordinators";
    public const string EscalatedToMunicipalities = "DisputeEscalatedToMunicipalities";

    public const string Subject = "Financieringsgeschil geëscaleerd";

    public static bool Handles(string type) => type is EscalatedToCoordinators or EscalatedToMunicipalities;

    public async Task<MimeMessage> ComposeAsync(OutboxMessage message, string from, string publicBaseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var dispute = await db.Set<FundingDispute>().AsNoTracking().Where(d => d.Id == message.ReportId)
            .Select(d => new { d.CaseId, d.MunicipalityCodes }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Outbox message {message.Id}: no funding dispute {message.ReportId}.");
        var baseUrl = publicBaseUrl.TrimEnd('/');
        var days = policy.EscalateAfterDays;
        List<string> to;
        string text;
        if (message.Type == EscalatedToCoordinators)
        {
            to = await db.CoordinatorsOf(message.RegionId).Select(u => u.Email!).ToListAsync(cancellationToken);
            // A region without a coordinator on file must not leave the escalation unheard: the national desk hears it.
            if (to.Count == 0) to = await db.CoordinatorsOf(null).Select(u => u.Email!).ToListAsync(cancellationToken);
            text = $"""
                Goedendag,

                In een casus in uw regio loopt al langer dan {days} dagen een financieringsgeschil tussen gemeenten over wie de
                opvang en zorg betaalt. Het geschil is geëscaleerd: zolang het niet is beslecht, dreigt het slachtoffer
                zonder opvang of zorg te blijven. Log in op het portaal om de casus te bekijken:

                {baseUrl}/casussen/{dispute.CaseId}

                Deze e-mail bevat om veiligheidsredenen geen gegevens uit de casus. Stuur deze e-mail niet door.
                """;
        }
        else if (message.Type == EscalatedToMunicipalities)
        {
            var codes = dispute.MunicipalityCodes.Split(',', StringSplitOptions.RemoveEmptyEntries);
            to = await db.DesignatedOfficersOf(codes).Select(u => u.Email!).ToListAsync(cancellationToken);
            text = $"""
                Goedendag,

                Uw gemeente is betrokken bij een financieringsgeschil over de opvang en zorg van een mogelijk slachtoffer van
                mensenhandel. Het geschil loopt al langer dan {days} dagen en is geëscaleerd: zolang niet vaststaat welke
                gemeente betaalt, dreigt het slachtoffer zonder opvang of zorg te blijven. Log in op het portaal om het
                geschil te bekijken en vast te leggen welke gemeente betaalt:

                {baseUrl}/gemeente

                Deze e-mail bevat om veiligheidsredenen geen gegevens uit de casus. Stuur deze e-mail niet door.
                """;
        }
        else
        {
            throw new InvalidOperationException($"Unknown outbox message type {message.Type}.");
        }
        if (to.Count == 0) throw new InvalidOperationException($"No recipients for {message.Type}.");

        return PlainMail.Create(from, to, Subject, text);
    }
}
