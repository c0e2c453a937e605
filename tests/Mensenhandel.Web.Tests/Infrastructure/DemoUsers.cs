using Mensenhandel.Web.Demo;

namespace Mensenhandel.Web.Tests.Infrastructure;

/// <summary>The Development demo accounts, by name, for tests that read like the user's intent.</summary>
public static class DemoUsers
{
    public static DemoData.DemoAccount Administrator => Get("beheerder@");
    public static DemoData.DemoAccount CoordinatorNoordHolland => Get("zorgcoordinator.nh@");
    public static DemoData.DemoAccount CoordinatorMiddenNederland => Get("zorgcoordinator.mn@");
    public static DemoData.DemoAccount PoliceNoordHolland => Get("politie.nh@");
    public static DemoData.DemoAccount CarePartnerNoordHolland => Get("zorg.nh@");
    public static DemoData.DemoAccount MunicipalityAlkmaar => Get("gemeente.alkmaar@");
    public static DemoData.DemoAccount National => Get("landelijk@");
    public static DemoData.DemoAccount Reporter => Get("signaleerder@");

    public static IEnumerable<DemoData.DemoAccount> All => DemoData.Accounts;

    private static DemoData.DemoAccount Get(string prefix) =>
        DemoData.Accounts.Single(a => a.Email.StartsWith(prefix, StringComparison.Ordinal));
}
