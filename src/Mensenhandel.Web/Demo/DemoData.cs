using Mensenhandel.Data;
using Mensenhandel.Data.Identity;
using Mensenhandel.Domain.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Demo;

/// <summary>
/// Development-only demo organisations and accounts (listed in the README), so a newcomer can try every role.
/// The password and TOTP secrets are public on purpose: this code runs only in the Development environment.
/// </summary>
public static class DemoData
{
    /// <summary>Development-only demo password: never used outside Development.</summary>
    public const string Password = "Demo-wachtwoord-2026";

    public static class Organisations
    {
        public static readonly Guid CoordinationNoordHolland = new("0b5e1a52-0001-4000-8000-000000000001");
        public static readonly Guid CoordinationMiddenNederland = new("0b5e1a52-0001-4000-8000-000000000002");
        public static readonly Guid PoliceNoordHolland = new("0b5e1a52-0001-4000-8000-000000000003");
        public static readonly Guid PoliceMiddenNederland = new("0b5e1a52-0001-4000-8000-000000000004");
        public static readonly Guid ShelterNoordHolland = new("0b5e1a52-0001-4000-8000-000000000005");
        public static readonly Guid ShelterMiddenNederland = new("0b5e1a52-0001-4000-8000-000000000006");
        public static readonly Guid MunicipalityAlkmaar = new("0b5e1a52-0001-4000-8000-000000000007");
        public static readonly Guid MunicipalityUtrecht = new("0b5e1a52-0001-4000-8000-000000000008");
        public static readonly Guid CoMensha = new("0b5e1a52-0001-4000-8000-000000000009");
        public static readonly Guid SchoolAlkmaar = new("0b5e1a52-0001-4000-8000-00000000000a");
    }

    public sealed record DemoAccount(string Email, string Role, Guid? OrganisationId, string TotpSecret);

    public static IReadOnlyList<Organisation> AllOrganisations { get; } =
    [
        new(Organisations.CoordinationNoordHolland, "Zorgcoördinatie Noord-Holland", OrganisationType.CareCoordination, "RE04"),
        new(Organisations.CoordinationMiddenNederland, "Zorgcoördinatie Midden-Nederland", OrganisationType.CareCoordination, "RE03"),
        new(Organisations.PoliceNoordHolland, "Politie eenheid Noord-Holland", OrganisationType.Police, "RE04", policeUnitId: "RE04"),
        new(Organisations.PoliceMiddenNederland, "Politie eenheid Midden-Nederland", OrganisationType.Police, "RE03", policeUnitId: "RE03"),
        new(Organisations.ShelterNoordHolland, "Stichting Veilige Haven Noord-Holland", OrganisationType.CareProvider, "RE04"),
        new(Organisations.ShelterMiddenNederland, "Stichting Onderdak Midden-Nederland", OrganisationType.CareProvider, "RE03"),
        new(Organisations.MunicipalityAlkmaar, "Gemeente Alkmaar", OrganisationType.Municipality, "RE04", municipalityCode: "GM0361"),
        new(Organisations.MunicipalityUtrecht, "Gemeente Utrecht", OrganisationType.Municipality, "RE03", municipalityCode: "GM0344"),
        new(Organisations.CoMensha, "CoMensha", OrganisationType.National, null),
        new(Organisations.SchoolAlkmaar, "Scholengemeenschap De Horizon, Alkmaar", OrganisationType.Other, "RE04"),
    ];

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("beheerder@demo.mensenhandel.nl", Role.Administrator, null, "BI4J67AAWBZBJI5ZSD5PPPLOD2EBCXXF"),
        new("zorgcoordinator.nh@demo.mensenhandel.nl", Role.CareCoordinator, Organisations.CoordinationNoordHolland, "NCQNGQGMPXWL4C5NFWUHHUVVMZCV3FXJ"),
        new("zorgcoordinator.mn@demo.mensenhandel.nl", Role.CareCoordinator, Organisations.CoordinationMiddenNederland, "DLODUSUDIIU3CJA5SVSYQ2K6CZV2AGDC"),
        new("politie.nh@demo.mensenhandel.nl", Role.Police, Organisations.PoliceNoordHolland, "F3FXE3LRKXQXXBZXAW75Q7IYQBSXS5SQ"),
        new("zorg.nh@demo.mensenhandel.nl", Role.CarePartner, Organisations.ShelterNoordHolland, "RTISUNFXIVXZ5LRBFK3Z5UH55DJDORYC"),
        new("gemeente.alkmaar@demo.mensenhandel.nl", Role.DesignatedOfficer, Organisations.MunicipalityAlkmaar, "YGFR7VP4CAICJMA73AW7QNW34VDHVAY3"),
        new("landelijk@demo.mensenhandel.nl", Role.National, Organisations.CoMensha, "VDURZGQ6B6OVJQNKMHV4Y2IBZWQN3MVT"),
        new("signaleerder@demo.mensenhandel.nl", Role.Reporter, Organisations.SchoolAlkmaar, "XHOIKRDH4WBDKLXLMHLHZRSM55PMPP5U"),
    ];

    /// <summary>Adds what is missing; running it again changes nothing.</summary>
    public static async Task SeedAsync(IServiceProvider services, TimeProvider clock)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var existing = await db.Organisations.Select(o => o.Id).ToListAsync();
        db.Organisations.AddRange(AllOrganisations.Where(o => !existing.Contains(o.Id)));
        await db.SaveChangesAsync();

        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var account in Accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is not null) continue;
            var user = new ApplicationUser
            {
                UserName = account.Email, Email = account.Email, EmailConfirmed = true,
                OrganisationId = account.OrganisationId, CreatedAt = clock.GetUtcNow(), ActivatedAt = clock.GetUtcNow(),
                LockoutEnabled = true, TwoFactorEnabled = true,
            };
            Require(await users.CreateAsync(user, Password));
            Require(await users.AddToRoleAsync(user, account.Role));
            Require(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", account.TotpSecret));
        }
    }

    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo data could not be seeded: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
