using System.Security.Claims;
using Mensenhandel.Data;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Web.Authorization;
using Mensenhandel.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Melden;

[LimitPosts(PortalRateLimits.Submissions)]
public sealed class IndexModel(AppDbContext db, ReportIntake intake, SubmissionTokens tokens, TimeProvider clock, ReportFormChoicesCache choiceCache, ILogger<IndexModel> logger)
    : PageModel, IKeepsInputWhenRateLimited
{
    [BindProperty]
    public ReportInput Input { get; set; } = new();

    public ReportFormChoices Choices { get; private set; } = new();
    public IReadOnlyList<FormError> Errors { get; private set; } = [];
    public DateOnly Today { get; private set; }

    /// <summary>
    /// A first, empty form (no values, no errors): its fields render the same for everyone until the day or
    /// the choices change, so the page reuses that HTML (the tokens stay outside it and are new every time).
    /// </summary>
    public bool IsBlank { get; private set; }

    /// <summary>What the blank form's HTML depends on.</summary>
    public string BlankFormVersion => $"{Today:yyyy-MM-dd}/{Choices.Version:N}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new ReportInput { Token = tokens.Protect(SubmissionTokens.NewToken()) };
        // A signed-in signaleerder gets their own details filled in; they can still change or remove them.
        if (PortalUser.From(User) is { } me && me.Is(Role.Reporter) && User.HasCompletedMfa())
        {
            Input.Email = User.FindFirstValue(ClaimTypes.Email) ?? User.FindFirstValue(ClaimTypes.Name);
            Input.Organisation = User.FindFirstValue("mh:orgname");
        }
        IsBlank = Input.Email is null && Input.Organisation is null;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A tampered, expired or missing token is ignored: this submission simply gets a fresh one.
        var token = tokens.Read(Input.Token) ?? SubmissionTokens.NewToken();
        await LoadAsync(cancellationToken);

        if (!string.IsNullOrEmpty(Input.Website))
        {
            logger.LogInformation("Report submission refused: honeypot field filled");
            return FormAgain(token, [new FormError(nameof(Input.Description), "Uw melding kon niet worden verwerkt. Controleer uw gegevens en verstuur de melding opnieuw.")]);
        }

        var reader = new ReportFormReader(Choices, Today);
        var form = reader.Read(Input);
        if (form is null)
        {
            foreach (var error in reader.Errors) ModelState.AddModelError($"Input.{error.Field}", error.Message);
            logger.LogInformation("Report submission refused: {ErrorCount} field error(s) in {Fields}", reader.Errors.Count, string.Join(",", reader.Errors.Select(e => e.Field)));
            return FormAgain(token, reader.Errors);
        }

        // A signed-in signaleerder finds the melding back under "Mijn meldingen".
        var me = PortalUser.From(User);
        var submittedBy = me is not null && me.Is(Role.Reporter) && User.HasCompletedMfa() ? me.UserId : null;
        var result = await intake.SubmitAsync(token, form, Choices, submittedBy, cancellationToken);
        new Receipt(result.Reference, token.FollowUpCode, form.Situation.AcuteDanger, clock.GetUtcNow()).Store(TempData);
        return RedirectToPage("Ontvangen");
    }

    /// <summary>
    /// Too many meldingen from this address just now (a school or a hospital shares one): the form comes back as
    /// it was sent, with the same token, so the signaler sends it again in a moment and nothing is lost or doubled.
    /// </summary>
    public async Task<IActionResult> ShowRefusedAsync(TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        var token = tokens.Read(Input.Token) ?? SubmissionTokens.NewToken();
        await LoadAsync(cancellationToken);
        return FormAgain(token, [FormError.ForForm($"Vanaf dit adres zijn in korte tijd te veel meldingen verstuurd. Wacht {PortalRateLimits.WaitText(retryAfter)} en klik dan opnieuw op ‘Melding versturen’. Wat u hebt ingevuld, staat er nog.")]);
    }

    /// <summary>
    /// The form again, as it was sent, with these errors. It keeps the same submission token (protected anew), so
    /// sending it again cannot store the melding twice; the honeypot field comes back empty.
    /// </summary>
    private PageResult FormAgain(SubmissionToken token, IReadOnlyList<FormError> errors)
    {
        Errors = errors;
        Input.Website = null;
        Input.Token = tokens.Protect(token);
        return Page();
    }

    public FormError? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field);

    public bool IsChecked(string field, string value) => field switch
    {
        nameof(ReportInput.Forms) => Input.Forms.Contains(value),
        nameof(ReportInput.Indicators) => Input.Indicators.Contains(value),
        _ => string.Equals(typeof(ReportInput).GetProperty(field)?.GetValue(Input) as string, value, StringComparison.Ordinal),
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = DutchTime.Today(clock.GetUtcNow());
        Choices = await choiceCache.GetAsync(db, clock, cancellationToken);
    }
}
