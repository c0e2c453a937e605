using Mensenhandel.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Mensenhandel.Web.Identity;

/// <summary>A deactivated account cannot sign in; a failed recovery code counts towards lockout.</summary>
public sealed class PortalSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsActive && await base.CanSignInAsync(user);
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var failuresBefore = user is null ? 0 : await UserManager.GetAccessFailedCountAsync(user);
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (user is not null && !result.Succeeded && !result.IsLockedOut)
        {
            // Identity does not count a wrong recovery code as a failed attempt; the portal does (ASVS 2.2.1).
            var fresh = await UserManager.FindByIdAsync(user.Id);
            if (fresh is not null && await UserManager.GetAccessFailedCountAsync(fresh) == failuresBefore)
            {
                await UserManager.AccessFailedAsync(fresh);
                if (await UserManager.IsLockedOutAsync(fresh)) return SignInResult.LockedOut;
            }
        }
        return result;
    }
}
