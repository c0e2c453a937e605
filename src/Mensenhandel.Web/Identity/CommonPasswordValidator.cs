using System.Collections.Frozen;
using Mensenhandel.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Mensenhandel.Web.Identity;

/// <summary>
/// Refuses passwords that are too long to hash cheaply, common (a shipped list, see common-passwords.txt),
/// or built from the e-mail address. No composition rules: length is what makes a password strong.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const int MaximumLength = 256;

    private static readonly FrozenSet<string> Common = Load();

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        password ??= "";
        if (password.Length > MaximumLength)
            return Fail("TooLong", $"Kies een wachtwoord van hoogstens {MaximumLength} tekens.");

        var normalised = password.Trim().ToLowerInvariant();
        if (Common.Contains(normalised) || normalised.Distinct().Count() < 4)
            return Fail("Common", "Dit wachtwoord wordt veel gebruikt en is daardoor makkelijk te raden. Kies een ander, bijvoorbeeld een zin van een paar woorden.");

        var localPart = (user.Email ?? "").Split('@')[0].ToLowerInvariant();
        if (localPart.Length >= 4 && normalised.Contains(localPart, StringComparison.Ordinal))
            return Fail("ContainsEmail", "Gebruik uw e-mailadres niet in uw wachtwoord.");

        return Task.FromResult(IdentityResult.Success);
    }

    private static Task<IdentityResult> Fail(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Mensenhandel.Web.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#') words.Add(line.Trim());
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
