using Mensenhandel.Data;
using Mensenhandel.Data.Outbox;
using Mensenhandel.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Mensenhandel.Web.Notifications;

namespace Mensenhandel.Web.Privacy;

/// <summary>
/// The privacy notifications sent through the outbox: an audit-chain break to the beheerders, a consent
/// withdrawal to the casus's coordinator. Like every portal mail: no names, no content, only where to look.
/// </summary>
public sealed class PrivacyMail(IServiceScopeFactory scopes)
{
    public const string AuditChainBroken = "AuditChainBroken";
    public const string ConsentWithdrawn = "ConsentWithdrawn";

    public static bool Handles(string type) => type is AuditChainBroken or ConsentWithdrawn;

    public async Task<MimeMessage> ComposeAsync(OutboxMessage message, string from, string publicBaseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var baseUrl = publicBaseUrl.TrimEnd('/');
        var (to, subject, text) = message.Type switch
        {
            AuditChainBroken => (await AdministratorsAsync(db, cancellationToken), "Waarschuwing: het auditspoor is niet intact", $"""
                Goedendag,

                De geplande controle van het auditspoor van het Portaal Mensenhandel heeft een breuk in de hashketen gevonden.
                Bekijk de controle in het portaal en volg de procedure voor beveiligingsincidenten:

                {baseUrl}/beheer/audit/controle

                Deze e-mail bevat geen gegevens uit het portaal. Stuur deze e-mail niet door.
                """),
            ConsentWithdrawn => (await CoordinatorAsync(db, message.ReportId, cancellationToken), "Toestemming ingetrokken in een casus", $"""
                Goedendag,

                In een casus die aan u is toegewezen is de toestemming voor het delen van identificerende gegevens ingetrokken.
                Verwijzingen die op grond van die toestemming gegevens deelden, tonen die gegevens niet meer aan de ontvanger.
                Log in op het portaal om de casus te bekijken:

                {baseUrl}/casussen/{message.ReportId}

                Deze e-mail bevat om veiligheidsredenen geen gegevens uit de casus. Stuur deze e-mail niet door.
                """),
            _ => throw new InvalidOperationException($"Unknown outbox message type {message.Type}."),
        };
        if (to.Count == 0) throw new InvalidOperationException($"No recipients for {message.Type}.");
        return PlainMail.Create(from, to, subject, text);
    }

    private static async Task<IReadOnlyList<string>> AdministratorsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await (from user in db.Users
               join userRole in db.UserRoles on user.Id equals userRole.UserId
               join role in db.Roles on userRole.RoleId equals role.Id
               where role.Name == Role.Administrator && user.DeactivatedAt == null && user.EmailConfirmed
               select user.Email!).ToListAsync(cancellationToken);

    private static async Task<IReadOnlyList<string>> CoordinatorAsync(AppDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        await (from casus in db.Cases
               join user in db.Users on casus.AssignedTo equals user.Id
               where casus.Id == caseId && user.DeactivatedAt == null
               select user.Email!).ToListAsync(cancellationToken);
}
