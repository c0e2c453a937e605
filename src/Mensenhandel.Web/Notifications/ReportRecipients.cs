namespace Mensenhandel.Web.Notifications;

/// <summary>
/// Who is told about a new melding in a region. Until accounts exist the addresses come from configuration;
/// the accounts work replaces this with "the active zorgcoördinatoren of the region".
/// </summary>
public interface IReportRecipients
{
    /// <param name="regionId">A coordination region (RE01–RE10), or null for the national desk (CoMensha).</param>
    Task<IReadOnlyList<string>> ForRegionAsync(string? regionId, CancellationToken cancellationToken);
}

/// <summary>Addresses from "Notifications:Recipients:{regionId}" (a list, or one string separated by ';').</summary>
internal sealed class ConfiguredReportRecipients(IConfiguration configuration) : IReportRecipients
{
    public const string NationalDesk = "Nationaal";

    public Task<IReadOnlyList<string>> ForRegionAsync(string? regionId, CancellationToken cancellationToken)
    {
        var section = configuration.GetSection($"{NotificationOptions.Section}:Recipients:{regionId ?? NationalDesk}");
        IEnumerable<string?> values = section.Value is { } single ? single.Split([';', ','], StringSplitOptions.TrimEntries) : section.GetChildren().Select(c => c.Value);
        IReadOnlyList<string> addresses = [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
        return Task.FromResult(addresses);
    }
}
