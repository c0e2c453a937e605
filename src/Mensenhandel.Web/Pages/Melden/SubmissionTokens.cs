using Mensenhandel.Domain.Reports;
using Microsoft.AspNetCore.DataProtection;

namespace Mensenhandel.Web.Pages.Melden;

/// <summary>The idempotency key of one filled-in form and the follow-up code its melding will get.</summary>
public sealed record SubmissionToken(Guid Key, string FollowUpCode);

/// <summary>
/// Hands the form a token when it is opened and reads it back on submit. The token is encrypted and signed
/// with the portal's data-protection keys (shared by every instance), so a double click or a re-sent POST
/// carries the same key (one melding, thanks to a unique index) and the same follow-up code (the same
/// receipt), while the code itself is never stored in plain text. A tampered or foreign token is ignored
/// and replaced by a fresh one.
/// </summary>
public sealed class SubmissionTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Mensenhandel.Melden.SubmissionToken.v1");

    public static SubmissionToken NewToken() => new(Guid.NewGuid(), FollowUpCode.New());

    public string Protect(SubmissionToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return _protector.Protect($"{token.Key:N}|{token.FollowUpCode}");
    }

    public SubmissionToken? Read(string? protectedToken)
    {
        if (string.IsNullOrEmpty(protectedToken) || protectedToken.Length > 1000) return null;
        try
        {
            var parts = _protector.Unprotect(protectedToken).Split('|');
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var key) && FollowUpCode.Normalise(parts[1]) is not null
                ? new SubmissionToken(key, parts[1])
                : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
