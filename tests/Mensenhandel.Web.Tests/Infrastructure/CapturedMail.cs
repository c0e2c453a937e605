using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Mensenhandel.Web.Identity;

namespace Mensenhandel.Web.Tests.Infrastructure;

/// <summary>Keeps the account e-mails a portal instance sends, so a test can follow the link in them.</summary>
public sealed partial class CapturedMail : IAccountMail
{
    private readonly ConcurrentQueue<AccountMessage> _messages = new();

    public IReadOnlyList<AccountMessage> Messages => [.. _messages];

    public Task SendAsync(AccountMessage message, CancellationToken cancellationToken = default)
    {
        _messages.Enqueue(message);
        return Task.CompletedTask;
    }

    /// <summary>The path and query of the link in the last message to <paramref name="to"/>.</summary>
    public string LastLinkTo(string to)
    {
        var message = _messages.LastOrDefault(m => string.Equals(m.To, to, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No mail to {to}.");
        var url = LinkPattern().Match(message.Body).Value;
        return new Uri(url).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
