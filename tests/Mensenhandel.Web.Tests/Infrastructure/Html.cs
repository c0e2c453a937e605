using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Mensenhandel.Web.Tests.Infrastructure;

/// <summary>Parses responses with a real HTML parser (never regexes over markup).</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        return await Parser.ParseDocumentAsync(html);
    }

    public static string Text(this IElement? element) => element?.TextContent.Trim() ?? "";
}
