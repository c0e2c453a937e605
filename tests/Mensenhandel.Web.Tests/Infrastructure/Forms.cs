using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Mensenhandel.Web.Tests.Infrastructure;

/// <summary>
/// Submits the real forms of the portal: fetches the page, reads the form (with its antiforgery token)
/// with an HTML parser, fills in fields and posts it, as a browser would.
/// </summary>
public static class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string pageUrl, IReadOnlyDictionary<string, string> fields, string? formSelector = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetAsync(pageUrl);
        if (!page.IsSuccessStatusCode) throw new InvalidOperationException($"GET {pageUrl} answered {(int)page.StatusCode}.");
        var document = await Html.ParseAsync(page);
        return await client.SubmitAsync(document, pageUrl, fields, formSelector);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IDocument document, string pageUrl, IReadOnlyDictionary<string, string> fields, string? formSelector = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(fields);
        var form = (formSelector is null
                ? document.QuerySelectorAll<IHtmlFormElement>("main form[method=post]").FirstOrDefault()
                : document.QuerySelector<IHtmlFormElement>(formSelector))
            ?? throw new InvalidOperationException($"No form on {pageUrl}.");

        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || fields.ContainsKey(name)) continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                case IHtmlButtonElement:
                    continue;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    values.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
            }
        }
        values.AddRange(fields);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static string Token(this IDocument document) =>
        document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
        ?? throw new InvalidOperationException("No antiforgery token on the page.");
}
