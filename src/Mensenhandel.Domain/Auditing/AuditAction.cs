namespace Mensenhandel.Domain.Auditing;

/// <summary>What an audit event records. Stored by name: never renumber, only add.</summary>
public enum AuditAction
{
    Login,
    LoginFailed,
    Logout,
    MfaEnrolled,
    MfaReset,
    RecoveryCodesGenerated,
    PasswordChanged,
    PasswordResetRequested,
    PasswordReset,
    AccountActivated,
    UserInvited,
    UserDeactivated,
    UserReactivated,
    RoleChanged,
    OrganisationCreated,
    OrganisationChanged,
    AccessDenied,
    Viewed,
    Created,
    Changed,
    Exported,
    Referred,
    AuditVerified,
    KeysRotated,
    Pseudonymised,
    Erased,
    ConsentRecorded,
    ConsentWithdrawn,
    PrivacyRequestDecided,
}

public enum AuditResult
{
    Success,
    Failure,
    Denied,
}
