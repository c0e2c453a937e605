using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Organisations;

namespace Mensenhandel.Web.Pages.Beheer;

/// <summary>Dutch names of the enum values the beheer pages show.</summary>
public static class Labels
{
    public static string Of(OrganisationType type) => type switch
    {
        OrganisationType.CareCoordination => "Zorgcoördinatie",
        OrganisationType.Municipality => "Gemeente",
        OrganisationType.Police => "Politie",
        OrganisationType.CareProvider => "Zorg / opvang",
        OrganisationType.National => "Landelijk (CoMensha)",
        OrganisationType.Other => "Overig",
        _ => type.ToString(),
    };

    public static string Of(AuditAction action) => action switch
    {
        AuditAction.Login => "Ingelogd",
        AuditAction.LoginFailed => "Inloggen mislukt",
        AuditAction.Logout => "Uitgelogd",
        AuditAction.MfaEnrolled => "Tweestapsverificatie ingesteld",
        AuditAction.MfaReset => "Tweestapsverificatie gereset",
        AuditAction.RecoveryCodesGenerated => "Herstelcodes gemaakt",
        AuditAction.PasswordChanged => "Wachtwoord gewijzigd",
        AuditAction.PasswordResetRequested => "Wachtwoordherstel aangevraagd",
        AuditAction.PasswordReset => "Wachtwoord hersteld",
        AuditAction.AccountActivated => "Account geactiveerd",
        AuditAction.UserInvited => "Gebruiker uitgenodigd",
        AuditAction.UserDeactivated => "Gebruiker gedeactiveerd",
        AuditAction.UserReactivated => "Gebruiker geactiveerd",
        AuditAction.RoleChanged => "Rol of organisatie gewijzigd",
        AuditAction.OrganisationCreated => "Organisatie aangemaakt",
        AuditAction.OrganisationChanged => "Organisatie gewijzigd",
        AuditAction.AccessDenied => "Toegang geweigerd",
        AuditAction.Viewed => "Bekeken",
        AuditAction.Created => "Aangemaakt",
        AuditAction.Changed => "Gewijzigd",
        AuditAction.Exported => "Geëxporteerd",
        AuditAction.Referred => "Verwezen",
        AuditAction.AuditVerified => "Auditspoor gecontroleerd",
        _ => action.ToString(),
    };

    public static string Of(AuditResult result) => result switch
    {
        AuditResult.Success => "gelukt",
        AuditResult.Failure => "mislukt",
        AuditResult.Denied => "geweigerd",
        _ => result.ToString(),
    };
}
