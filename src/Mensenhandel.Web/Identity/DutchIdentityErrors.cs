using Microsoft.AspNetCore.Identity;

namespace Mensenhandel.Web.Identity;

/// <summary>Identity's messages in Dutch. Messages about names never say whether an account exists.</summary>
public sealed class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Er ging iets mis. Probeer het opnieuw.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Het account is intussen door iemand anders gewijzigd. Probeer het opnieuw.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Het wachtwoord klopt niet.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Deze link of code is ongeldig of verlopen. Vraag een nieuwe aan.");
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Deze herstelcode klopt niet of is al gebruikt.");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Dit account is al gekoppeld.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Dit e-mailadres kan niet worden gebruikt.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Vul een geldig e-mailadres in.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Er bestaat al een account met dit e-mailadres.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Er bestaat al een account met dit e-mailadres.");
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), "Deze rol bestaat niet.");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), "Deze rol bestaat al.");
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Dit account is al geactiveerd. U kunt inloggen.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Blokkeren is voor dit account niet mogelijk.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "Het account heeft deze rol al.");
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), "Het account heeft deze rol niet.");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Kies een wachtwoord van minstens {length} tekens. Een zin van een paar woorden werkt goed.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Gebruik minstens {uniqueChars} verschillende tekens.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Gebruik ook een leesteken of symbool.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Gebruik ook een cijfer.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Gebruik ook een kleine letter.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Gebruik ook een hoofdletter.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
