using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace Mensenhandel.Web.Tests.Infrastructure;

/// <summary>The meldingen a notification names: one link to each, in the order of the mail.</summary>
public static partial class NotificationLinks
{
    public static IReadOnlyList<Guid> ReportIdsOf(MimeMessage mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return [.. ReportLink().Matches(mail.TextBody ?? "").Select(m => Guid.Parse(m.Groups[1].Value))];
    }

    /// <summary>A mail as the SMTP server received it.</summary>
    public static MimeMessage Parse(string raw) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));

    [GeneratedRegex(@"/meldingen/([0-9a-f\-]{36})")]
    private static partial Regex ReportLink();
}
