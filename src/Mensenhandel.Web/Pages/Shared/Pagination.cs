namespace Mensenhandel.Web.Pages;

/// <summary>Server-side page links of a list (see _Pagination.cshtml): the URL of a page keeps the list's filters.</summary>
public sealed record Pagination(int PageNumber, int PageCount, Func<int, string> Url)
{
    /// <summary>The page actually shown (a page past the end shows the last one) and the rows to skip for it.</summary>
    public static (int PageNumber, int Offset) Clamp(int requested, int total, int pageSize)
    {
        var pages = PagesFor(total, pageSize);
        var page = Math.Clamp(requested, 1, pages);
        return (page, (page - 1) * pageSize);
    }

    public static int PagesFor(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);
}
