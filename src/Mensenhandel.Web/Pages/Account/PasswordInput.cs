using System.ComponentModel.DataAnnotations;
using Mensenhandel.Web.Identity;

namespace Mensenhandel.Web.Pages.Account;

/// <summary>A new password typed twice; the rules themselves (length, common list) are Identity's validators.</summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "Kies een nieuw wachtwoord.")]
    [StringLength(CommonPasswordValidator.MaximumLength, ErrorMessage = "Kies een wachtwoord van hoogstens 256 tekens.")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Herhaal het nieuwe wachtwoord.")]
    [Compare(nameof(NewPassword), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
    public string ConfirmPassword { get; set; } = "";
}

public static class IdentityResultExtensions
{
    /// <summary>Puts Identity's (Dutch) errors on the field they are about.</summary>
    public static void AddTo(this Microsoft.AspNetCore.Identity.IdentityResult result,
        Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string passwordField)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var error in result.Errors)
        {
            var isPassword = error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code is "Common" or "TooLong" or "ContainsEmail";
            modelState.AddModelError(isPassword ? passwordField : "", error.Description);
        }
    }
}
