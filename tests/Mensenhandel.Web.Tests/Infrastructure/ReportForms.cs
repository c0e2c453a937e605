using System.Net;
using AngleSharp.Dom;
using Mensenhandel.Data;
using Mensenhandel.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Tests.Infrastructure;

/// <summary>The fields of the melding form as a browser would post them (names repeat for checkboxes).</summary>
public sealed class ReportFields
{
    private readonly List<KeyValuePair<string, string>> _fields = [];

    public IReadOnlyList<KeyValuePair<string, string>> All => _fields;

    /// <summary>A complete, valid melding about Alkmaar (Noord-Holland) by a named teacher, with consent.</summary>
    public static ReportFields Valid(string municipality = "GM0361") => new ReportFields()
        .Set("Input.AcuteDanger", "No")
        .Add("Input.Forms", "Labour").Add("Input.Forms", "Sexual")
        .Add("Input.Indicators", "ILO-07").Add("Input.Indicators", "ALG-02")
        .Set("Input.OtherSignals", "Slaapt in een container achter de kas.")
        .Set("Input.Description", "Een jonge vrouw werkt elke dag van zes tot tien in de kas en wordt steeds door dezelfde man gebracht.")
        .Set("Input.Municipality", municipality)
        .Set("Input.PlaceDescription", "Kassencomplex aan de rand van het dorp")
        .Set("Input.ObservedOn", "2026-11-02")
        .Set("Input.AgeGroup", "From18To23")
        .Set("Input.Gender", "Female")
        .Set("Input.Nationality", "Bulgaars")
        .Set("Input.Languages", "Bulgaars, een beetje Engels")
        .Set("Input.VictimName", "A.B.")
        .Set("Input.KnowsAboutReport", "Yes")
        .Set("Input.Consent", "Given")
        .Set("Input.Anonymous", "No")
        .Set("Input.ReporterName", "Petra de Vries")
        .Set("Input.Organisation", "Basisschool De Linde")
        .Set("Input.Sector", "Education")
        .Set("Input.Phone", "06 12345678")
        .Set("Input.Email", "petra@delinde.example")
        .Set("Input.SafeToContactVictim", "No");

    /// <summary>A unique marker in every field a signaler can type freely, to prove it ends up nowhere it must not.</summary>
    public ReportFields WithCanary(string canary) => this
        .Set("Input.Description", $"Beschrijving {canary}")
        .Set("Input.OtherSignals", $"Anders {canary}")
        .Set("Input.PlaceDescription", $"Plaats {canary}")
        .Set("Input.Nationality", $"Nat {canary}")
        .Set("Input.Languages", $"Taal {canary}")
        .Set("Input.VictimName", $"Naam {canary}")
        .Set("Input.ReporterName", $"Melder {canary}")
        .Set("Input.Organisation", $"Org {canary}")
        .Set("Input.Email", $"{canary}@example.org");

    /// <summary>The value of a single-valued field.</summary>
    public string Get(string name) => _fields.Single(f => f.Key == name).Value;

    public ReportFields Set(string name, string? value)
    {
        _fields.RemoveAll(f => f.Key == name);
        if (value is not null) _fields.Add(new(name, value));
        return this;
    }

    public ReportFields Add(string name, string value)
    {
        _fields.Add(new(name, value));
        return this;
    }

    public ReportFields Remove(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    public string? this[string name] => _fields.LastOrDefault(f => f.Key == name).Value;
}

/// <summary>A melding as its melder knows it after the receipt.</summary>
public sealed record SubmittedReport(string Reference, string FollowUpCode, Guid Id);

/// <summary>Intent-revealing helpers for the melding form, through HTTP with the real form and antiforgery token.</summary>
public static class ReportForms
{
    public const string FormPath = "/melden";

    /// <summary>Opens the form and returns the hidden fields it carries (antiforgery token, submission token).</summary>
    public static async Task<Dictionary<string, string>> OpenFormAsync(this HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(FormPath);
        response.EnsureSuccessStatusCode();
        var document = await Html.ParseAsync(response);
        return HiddenFields(document);
    }

    public static Dictionary<string, string> HiddenFields(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var form = document.QuerySelector("form.mh-form") ?? throw new InvalidOperationException("No melding form on the page.");
        return form.QuerySelectorAll("input[type=hidden]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "", StringComparer.Ordinal);
    }

    /// <summary>POSTs the fields together with the given hidden fields (as the browser would).</summary>
    public static Task<HttpResponseMessage> PostReportAsync(this HttpClient client, IReadOnlyDictionary<string, string> hidden, ReportFields fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentNullException.ThrowIfNull(fields);
        var names = fields.All.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var body = hidden.Where(h => !names.Contains(h.Key)).Concat(fields.All).ToList();
        return client.PostAsync(FormPath, new FormUrlEncodedContent(body));
    }

    /// <summary>Opens the form, fills it in, sends it and reads the receipt.</summary>
    public static async Task<SubmittedReport> SubmitReportAsync(
        this PortalFactory portal, string municipality = "GM0361", Action<ReportFields>? change = null, HttpClient? client = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        client ??= portal.CreatePortalClient();
        var hidden = await client.OpenFormAsync();
        var fields = ReportFields.Valid(municipality);
        change?.Invoke(fields);
        var response = await client.PostReportAsync(hidden, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"The melding was not accepted: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        var receipt = await client.ReadReceiptAsync(response);
        var id = await portal.WithDbAsync(db => db.Reports.Where(r => r.Reference == receipt.Reference).Select(r => r.Id).SingleAsync());
        return receipt with { Id = id };
    }

    /// <summary>Follows the redirect of an accepted POST to the receipt and reads reference and code.</summary>
    public static async Task<SubmittedReport> ReadReceiptAsync(this HttpClient client, HttpResponseMessage redirect)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(redirect);
        var page = await client.GetAsync(redirect.Headers.Location);
        page.EnsureSuccessStatusCode();
        var document = await Html.ParseAsync(page);
        return new SubmittedReport(document.QuerySelector("#meldingsnummer").Text(), document.QuerySelector("#vervolgcode").Text(), Guid.Empty);
    }

    /// <summary>Opens /melden/status and asks for the status with this reference and code.</summary>
    public static async Task<HttpResponseMessage> AskStatusAsync(this HttpClient client, string reference, string code)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await Html.ParseAsync(await client.GetAsync("/melden/status"));
        var token = form.QuerySelector("form.mh-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync("/melden/status", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Reference"] = reference, ["Input.Code"] = code,
        }));
    }

    public static Task<Report> LoadReportAsync(this PortalFactory portal, string reference)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal.WithDbAsync(db => db.Reports.Include(r => r.Forms).Include(r => r.Indicators).AsNoTracking().SingleAsync(r => r.Reference == reference));
    }

    public static Task<int> CountReportsAsync(this PortalFactory portal) => portal.CountAsync<Report>();
}
