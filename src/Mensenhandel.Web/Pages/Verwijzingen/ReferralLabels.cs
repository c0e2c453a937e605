using Mensenhandel.Domain.Cases;

namespace Mensenhandel.Web.Pages.Verwijzingen;

public static class ReferralLabels
{
    public static string Of(ReferralStatus status) => status switch
    {
        ReferralStatus.Sent => "verstuurd",
        ReferralStatus.Accepted => "geaccepteerd",
        ReferralStatus.Rejected => "afgewezen",
        ReferralStatus.Completed => "afgerond",
        ReferralStatus.Revoked => "ingetrokken",
        _ => status.ToString(),
    };
}
