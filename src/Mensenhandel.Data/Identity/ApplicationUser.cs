using Microsoft.AspNetCore.Identity;

namespace Mensenhandel.Data.Identity;

public sealed class ApplicationUser : IdentityUser
{
}
