using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Notifications;

/// <summary>
/// Who is told about a new melding in a region: the active zorgcoördinatoren of the region (for the national
/// queue: the active Landelijk users of CoMensha), plus any functional mailbox configured for the region.
/// </summary>
public interface IReportRecipients
{
    /// <param name="regionId">A coordination region (RE01–RE10), or null for the national desk (CoMensha).</param>
    Task<IReadOnlyList<string>> ForRegionAsync(string? regionId, CancellationToken cancellationToken);
}

internal sealed class ReportRecipients(IServiceScopeFactory scopes, IConfiguration configuration) : IReportRecipients
{
    public const string NationalDesk = "Nationaal";

    public async Task<IReadOnlyList<string>> ForRegionAsync(string? regionId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Mensenhandel.Data.AppDbContext>();
        var accounts = await Authorization.Colleagues.CoordinatorsOf(db, regionId).Select(user => user.Email!).ToListAsync(cancellationToken);
        return [.. accounts.Concat(Configured(regionId)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Functional mailboxes from "Notifications:Recipients:{regionId}" (a list, or one string separated by ';').</summary>
    private IEnumerable<string> Configured(string? regionId)
    {
        var section = configuration.GetSection($"{NotificationOptions.Section}:Recipients:{regionId ?? NationalDesk}");
        IEnumerable<string?> values = section.Value is { } single ? single.Split([';', ','], StringSplitOptions.TrimEntries) : section.GetChildren().Select(c => c.Value);
        return values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim());
    }
}
