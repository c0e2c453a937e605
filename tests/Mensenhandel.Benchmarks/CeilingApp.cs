using System.Text;

namespace Mensenhandel.Benchmarks;

/// <summary>
/// The ceiling of the stack: a bare Razor page (Pages/Ceiling.cshtml) of about the size of the melding form,
/// with nothing else in the pipeline (no database, no authentication, no antiforgery, no logging).
/// </summary>
public static class CeilingApp
{
    public static async Task<int> RunAsync(Options options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Get("url", "http://127.0.0.1:5098"));
        builder.Services.AddRazorPages();
        builder.Services.AddSingleton(new CeilingContent(options.Number("bytes", 20_000)));
        var app = builder.Build();
        app.MapRazorPages();
        await app.RunAsync();
        return 0;
    }
}

/// <summary>Rows of form-like markup, enough to reach the wanted size.</summary>
public sealed class CeilingContent
{
    public CeilingContent(int bytes)
    {
        var rows = new List<string>();
        var size = 0;
        for (var i = 0; size < bytes; i++)
        {
            var row = $"Veld {i}: omschrijving van wat de melder hier kan invullen, met een toelichting.";
            rows.Add(row);
            size += row.Length + 120; // the markup around each row in the page
        }
        Rows = rows;
    }

    public IReadOnlyList<string> Rows { get; }
}
