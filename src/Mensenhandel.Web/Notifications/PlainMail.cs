using MimeKit;

namespace Mensenhandel.Web.Notifications;

/// <summary>The one shape of every portal mail: plain text, from the portal's address, to one or more people.</summary>
public static class PlainMail
{
    public static MimeMessage Create(string from, IEnumerable<string> to, string subject, string text)
    {
        ArgumentNullException.ThrowIfNull(to);
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(from));
        foreach (var address in to.Distinct(StringComparer.OrdinalIgnoreCase)) mail.To.Add(MailboxAddress.Parse(address));
        mail.Subject = subject;
        mail.Body = new TextPart("plain") { Text = text };
        return mail;
    }
}
