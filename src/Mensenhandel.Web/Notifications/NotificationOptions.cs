namespace Mensenhandel.Web.Notifications;

/// <summary>Section "Notifications". Recipients per region live in "Notifications:Recipients:{RE01…RE10|Nationaal}".</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public bool DispatcherEnabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(15);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a claimed message belongs to the instance that claimed it; longer than any SMTP attempt.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);
}

/// <summary>Section "Mail": how the portal sends any mail (docker-compose sets Mail__Smtp__Host).</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "Portaal Mensenhandel <noreply@mensenhandel.example>";

    /// <summary>Where mails go when no SMTP host is set (Development): one .eml file per mail.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    /// <summary>Empty: no SMTP, mails go to the pickup directory.</summary>
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;

    /// <summary>MailKit's SecureSocketOptions: Auto, None, StartTls, StartTlsWhenAvailable, SslOnConnect.</summary>
    public string Security { get; set; } = "Auto";
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
