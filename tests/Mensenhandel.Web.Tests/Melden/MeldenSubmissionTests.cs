using System.Net;
using Mensenhandel.Data.Outbox;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Tests.Melden;

/// <summary>A portal whose submission limit does not get in the way of a class full of submissions.</summary>
public sealed class MeldenPortal : PortalFactory
{
    public MeldenPortal()
    {
        WithSetting("RateLimits:Melden:PermitLimit", "10000");
        WithSetting("RateLimits:Status:PermitLimit", "10000");
    }
}

public sealed class MeldenSubmissionTests(MeldenPortal portal) : IClassFixture<MeldenPortal>
{
    [Fact]
    public async Task A_valid_melding_is_stored_with_the_region_of_its_municipality_and_one_outbox_message()
    {
        var submitted = await portal.SubmitReportAsync(municipality: "GM0361"); // Alkmaar → Noord-Holland

        var report = await portal.LoadReportAsync(submitted.Reference);
        Assert.Matches(@"^MH-20\d\d-\d{6}$", report.Reference);
        Assert.Equal("RE04", report.RegionId);
        Assert.Equal("GM0361", report.MunicipalityCode);
        Assert.Equal(ReportStatus.Received, report.Status);
        Assert.Equal([ExploitationForm.Sexual, ExploitationForm.Labour], report.Forms.Select(f => f.Form).Order());
        Assert.Equal(["ALG-02", "ILO-07"], report.Indicators.Select(i => i.IndicatorCode).Order());
        Assert.Equal("A.B.", report.VictimNameOrInitials);
        Assert.Equal("Petra de Vries", report.ReporterName);
        Assert.Equal(new DateOnly(2026, 11, 2), report.ObservedOn);
        Assert.False(report.VictimPossiblyMinor);

        var outbox = await portal.WithDbAsync(db => db.OutboxMessages.Where(m => m.ReportId == report.Id).ToListAsync());
        var message = Assert.Single(outbox);
        Assert.Equal(OutboxMessage.NewReport, message.Type);
        Assert.Equal("RE04", message.RegionId);
    }

    [Fact]
    public async Task The_follow_up_code_is_long_shown_once_and_stored_only_as_a_hash()
    {
        var submitted = await portal.SubmitReportAsync();

        var report = await portal.LoadReportAsync(submitted.Reference);
        Assert.Equal(39, submitted.FollowUpCode.Length); // 32 base-32 characters = 160 bits, in groups of four
        Assert.NotEqual(submitted.FollowUpCode, report.FollowUpCodeHash);
        Assert.Equal(FollowUpCode.Hash(submitted.FollowUpCode), report.FollowUpCodeHash);
    }

    [Fact]
    public async Task A_melding_abroad_or_in_an_unknown_place_goes_to_the_national_queue()
    {
        var submitted = await portal.SubmitReportAsync(municipality: RoutingRule.AbroadOrUnknown);

        var report = await portal.LoadReportAsync(submitted.Reference);
        Assert.Null(report.RegionId);
        Assert.Null(report.MunicipalityCode);
        Assert.Null((await portal.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.ReportId == report.Id))).RegionId);
    }

    [Fact]
    public async Task A_routing_rule_sends_a_municipality_to_another_region()
    {
        await portal.WithDbAsync(db =>
        {
            db.RoutingRules.Add(new RoutingRule("GM0363", "RE04")); // Amsterdam's meldingen to Noord-Holland
            return db.SaveChangesAsync();
        });

        var submitted = await portal.SubmitReportAsync(municipality: "GM0363");

        Assert.Equal("RE04", (await portal.LoadReportAsync(submitted.Reference)).RegionId);
    }

    [Fact]
    public async Task Without_consent_and_from_an_anonymous_melder_no_identifying_field_is_stored()
    {
        var submitted = await portal.SubmitReportAsync(change: f => f
            .Set("Input.Consent", "Unknown")
            .Set("Input.Anonymous", "Yes"));

        var report = await portal.LoadReportAsync(submitted.Reference);
        Assert.Null(report.VictimNameOrInitials);
        Assert.Equal(Consent.Unknown, report.VictimConsent);
        Assert.True(report.ReporterAnonymous);
        Assert.Null(report.ReporterName);
        Assert.Null(report.ReporterOrganisation);
        Assert.Null(report.ReporterPhone);
        Assert.Null(report.ReporterEmail);
        Assert.Equal(Sector.Education, report.ReporterSector);
        Assert.Equal("Bulgaars", report.VictimNationality);
    }

    [Fact]
    public async Task An_unknown_age_is_recorded_as_possibly_minor()
    {
        var submitted = await portal.SubmitReportAsync(change: f => f.Set("Input.AgeGroup", "Unknown"));

        Assert.True((await portal.LoadReportAsync(submitted.Reference)).VictimPossiblyMinor);
    }

    [Fact]
    public async Task Control_characters_are_dropped_from_stored_text()
    {
        var submitted = await portal.SubmitReportAsync(change: f => f.Set("Input.Description", "Eerste regel\r\nTweede\u0001 regel\u0007\u001b[31m\u2028"));

        Assert.Equal("Eerste regel\nTweede regel[31m", (await portal.LoadReportAsync(submitted.Reference)).Description);
    }

    [Fact]
    public async Task Tampered_hidden_and_extra_fields_are_ignored()
    {
        var submitted = await portal.SubmitReportAsync(change: f => f
            .Set("Input.Token", "vervalst-token")
            .Set("Input.RegionId", "RE10").Set("RegionId", "RE10")
            .Set("Input.Status", "Closed").Set("Status", "Closed")
            .Set("Input.Reference", "MH-2026-999999").Set("Reference", "MH-2026-999999")
            .Set("Input.FollowUpCodeHash", "00"));

        var report = await portal.LoadReportAsync(submitted.Reference);
        Assert.Equal("RE04", report.RegionId);
        Assert.Equal(ReportStatus.Received, report.Status);
        Assert.NotEqual("MH-2026-999999", report.Reference);
    }

    [Fact]
    public async Task The_receipt_survives_a_refresh_and_never_puts_the_code_in_a_url()
    {
        var client = portal.CreatePortalClient();
        var hidden = await client.OpenFormAsync();
        var response = await client.PostReportAsync(hidden, ReportFields.Valid());
        var first = await client.ReadReceiptAsync(response);
        var refreshed = await client.ReadReceiptAsync(response);
        var elsewhere = await portal.CreatePortalClient().GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/melden/ontvangen", response.Headers.Location!.OriginalString);
        Assert.Equal(first, refreshed);
        Assert.DoesNotContain(first.FollowUpCode, await elsewhere.Content.ReadAsStringAsync());
        Assert.Contains("Geen ontvangstbevestiging", await elsewhere.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_receipt_of_an_acute_melding_starts_with_bel_112()
    {
        var client = portal.CreatePortalClient();
        var hidden = await client.OpenFormAsync();
        var response = await client.PostReportAsync(hidden, ReportFields.Valid().Set("Input.AcuteDanger", "Yes"));
        var page = await Html.ParseAsync(await client.GetAsync(response.Headers.Location));

        Assert.Contains("Bel direct 112", page.QuerySelector(".mh-call-112").Text());
        Assert.Contains("0900-8844", page.Body!.TextContent);
        Assert.Contains("0800-5151", page.Body.TextContent);
        Assert.Contains("0800-7000", page.Body.TextContent);
    }

    [Fact]
    public async Task A_POST_without_antiforgery_token_is_refused_with_400_and_stores_nothing()
    {
        var client = portal.CreatePortalClient();
        var hidden = await client.OpenFormAsync();
        hidden.Remove("__RequestVerificationToken");
        var before = await portal.CountReportsAsync();

        var response = await client.PostReportAsync(hidden, ReportFields.Valid());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await portal.CountReportsAsync());
    }

    [Fact]
    public async Task A_filled_honeypot_stores_nothing()
    {
        var client = portal.CreatePortalClient();
        var hidden = await client.OpenFormAsync();
        var before = await portal.CountReportsAsync();

        var response = await client.PostReportAsync(hidden, ReportFields.Valid().Set("Input.Website", "http://spam.example"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await portal.CountReportsAsync());
    }

    [Fact]
    public async Task The_same_form_sent_twice_makes_one_melding_and_the_same_receipt()
    {
        var client = portal.CreatePortalClient();
        var hidden = await client.OpenFormAsync();

        var first = await client.ReadReceiptAsync(await client.PostReportAsync(hidden, ReportFields.Valid()));
        var second = await client.ReadReceiptAsync(await client.PostReportAsync(hidden, ReportFields.Valid()));

        Assert.Equal(first, second);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Reports.CountAsync(r => r.Reference == first.Reference)));
    }

    [Fact]
    public async Task A_form_sent_again_takes_no_reference_number()
    {
        var client = portal.CreatePortalClient();
        var hidden = await client.OpenFormAsync();
        var first = await client.ReadReceiptAsync(await client.PostReportAsync(hidden, ReportFields.Valid()));
        var again = await client.ReadReceiptAsync(await client.PostReportAsync(hidden, ReportFields.Valid()));

        var next = await portal.SubmitReportAsync();

        Assert.Equal(first, again);
        Assert.Equal(Number(first.Reference) + 1, Number(next.Reference));
    }

    private static int Number(string reference) => int.Parse(reference[^6..], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Concurrent_posts_of_the_same_form_make_one_melding()
    {
        var client = portal.CreatePortalClient();
        var hidden = await client.OpenFormAsync();
        var description = $"Dubbelklik {Guid.NewGuid()}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            client.PostReportAsync(hidden, ReportFields.Valid().Set("Input.Description", description))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        // Description is encrypted with a random nonce: SQL cannot compare it, so compare the decrypted values.
        var descriptions = await portal.WithDbAsync(db => db.Reports.AsNoTracking().Select(r => r.Description).ToListAsync());
        Assert.Equal(1, descriptions.Count(d => d == description));
        var receipt = await client.ReadReceiptAsync(responses[0]);
        Assert.Equal(1, await portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => db.Reports.Any(r => r.Id == m.ReportId && r.Reference == receipt.Reference))));
    }

    [Fact]
    public async Task Reference_numbers_stay_unique_under_50_parallel_submissions()
    {
        var clients = Enumerable.Range(0, 50).Select(_ => portal.CreatePortalClient()).ToList();
        var forms = await Task.WhenAll(clients.Select(c => c.OpenFormAsync()));

        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostReportAsync(forms[i], ReportFields.Valid())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var receipts = await Task.WhenAll(clients.Select((c, i) => c.ReadReceiptAsync(responses[i])));
        Assert.Equal(50, receipts.Select(r => r.Reference).Distinct().Count());
        var references = await portal.WithDbAsync(db => db.Reports.Select(r => r.Reference).ToListAsync());
        Assert.Equal(references.Count, references.Distinct().Count());
        var numbers = references.Select(r => int.Parse(r[^6..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers); // no repeats; no gaps either, as none rolled back
    }
}
