namespace Mensenhandel.Data.Identity;

/// <summary>
/// A signed-in session held on the server (the cookie carries only its key). Deleting the row ends the
/// session at once, on every instance: logout, deactivation and MFA reset do exactly that.
/// </summary>
public sealed class UserSession
{
    /// <summary>SHA-256 of the session key; the key itself exists only in the user's cookie.</summary>
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";
    public byte[] Ticket { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
