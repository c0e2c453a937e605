using Microsoft.AspNetCore.Identity;

namespace Mensenhandel.Data.Identity;

/// <summary>
/// A portal account. Belongs to exactly one organisation (a beheerder may belong to none) and has exactly
/// one role (an Identity role). No name or other personal detail beyond the e-mail address is kept.
/// </summary>
public sealed class ApplicationUser : IdentityUser
{
    public Guid? OrganisationId { get; set; }

    /// <summary>Set when a beheerder deactivates the account; a deactivated account cannot sign in.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>The last TOTP time step accepted, so a code is accepted once only (RFC 6238 §5.2).</summary>
    public long LastTotpTimeStep { get; set; }

    /// <summary>Set when the account was activated through its invitation link.</summary>
    public DateTimeOffset? ActivatedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool IsActive => DeactivatedAt is null;
}
