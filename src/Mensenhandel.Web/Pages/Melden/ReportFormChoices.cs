using System.Globalization;
using Mensenhandel.Data;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Forms;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Melden;

public sealed record MunicipalityChoice(string Code, string Name, string RegionId);

/// <summary>The municipalities and active signals the form offers, read from the database (never hard-coded in a view).</summary>
public sealed class ReportFormChoices
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public IReadOnlyList<MunicipalityChoice> Municipalities { get; private init; } = [];
    public IReadOnlyList<Indicator> Indicators { get; private init; } = [];

    private IReadOnlyDictionary<string, MunicipalityChoice>? _byCode;

    /// <summary>The name of a municipality by its CBS code; null for no code (abroad or unknown).</summary>
    public string? MunicipalityName(string? code) => code is null ? null : Municipality(code)?.Name ?? code;

    /// <summary>The municipality with this CBS code, or null when there is none.</summary>
    public MunicipalityChoice? Municipality(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        _byCode ??= Municipalities.ToDictionary(m => m.Code, StringComparer.Ordinal);
        return _byCode.GetValueOrDefault(code);
    }

    private PreRenderedOptions? _municipalityOptions;

    /// <summary>
    /// All municipalities as the &lt;option&gt;s of a select (value the CBS code, text the name), encoded once per
    /// load of the choices: a new load (changed reference data) brings its own.
    /// </summary>
    public PreRenderedOptions MunicipalityOptions =>
        // Two requests racing here each build an identical copy; either may stay.
        _municipalityOptions ??= new PreRenderedOptions(Municipalities.Select(m => new SelectListItem(m.Name, m.Code)));

    /// <summary>Differs for every load, so that HTML rendered from one copy is not reused for another.</summary>
    public Guid Version { get; } = Guid.NewGuid();

    public IEnumerable<IGrouping<ExploitationForm?, Indicator>> IndicatorGroups =>
        Indicators.GroupBy(i => i.Form).OrderBy(g => GroupOrder(g.Key));

    public static async Task<ReportFormChoices> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var municipalities = await db.Municipalities.AsNoTracking().Select(m => new MunicipalityChoice(m.Code, m.Name, m.RegionId)).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.IsActive).ToListAsync(cancellationToken);
        return new ReportFormChoices
        {
            Municipalities = [.. municipalities.OrderBy(m => m.Name, StringComparer.Create(Dutch, CompareOptions.IgnoreCase))],
            Indicators = [.. indicators.OrderBy(i => GroupOrder(i.Form)).ThenBy(i => i.SortOrder)],
        };
    }

    private static int GroupOrder(ExploitationForm? form) => form switch
    {
        ExploitationForm.Labour => 1,
        ExploitationForm.Sexual => 2,
        ExploitationForm.Criminal => 3,
        ExploitationForm.OrganRemoval => 4,
        _ => 5,
    };
}

/// <summary>
/// The choices change only by migration (municipalities, indicators), so every form shares one copy for a
/// few minutes instead of reading and sorting 342 municipalities and the indicators on every request.
/// </summary>
public sealed class ReportFormChoicesCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private (ReportFormChoices Choices, DateTimeOffset Until)? _current;

    public async Task<ReportFormChoices> GetAsync(AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (_current is { } fresh && fresh.Until > clock.GetUtcNow()) return fresh.Choices;
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && loaded.Until > clock.GetUtcNow()) return loaded.Choices;
            var choices = await ReportFormChoices.LoadAsync(db, cancellationToken);
            _current = (choices, clock.GetUtcNow() + Lifetime);
            return choices;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();
}
