using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Mensenhandel.Web.Pages.Melden;

/// <summary>
/// What the receipt shows, carried from the POST to the GET in TempData (an encrypted, session-only
/// cookie): the follow-up code never appears in a URL. A refresh within <see cref="CodeVisibleFor"/>
/// shows the code again; after that only the reference.
/// </summary>
public sealed record Receipt(string Reference, string? FollowUpCode, bool AcuteDanger, DateTimeOffset IssuedAt)
{
    private const string Key = "Melden.Ontvangstbevestiging";
    public static readonly TimeSpan CodeVisibleFor = TimeSpan.FromMinutes(10);

    public void Store(ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Key] = JsonSerializer.Serialize(this);
    }

    public static Receipt? Read(ITempDataDictionary tempData, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        if (tempData.Peek(Key) is not string json) return null;
        Receipt? receipt;
        try
        {
            receipt = JsonSerializer.Deserialize<Receipt>(json);
        }
        catch (JsonException)
        {
            return null;
        }
        if (receipt is null) return null;
        if (receipt.FollowUpCode is not null && now - receipt.IssuedAt > CodeVisibleFor)
        {
            receipt = receipt with { FollowUpCode = null };
            receipt.Store(tempData);
        }
        tempData.Keep(Key);
        return receipt;
    }
}
