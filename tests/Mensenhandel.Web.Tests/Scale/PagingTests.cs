using Mensenhandel.Data;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Tests.Scale;

/// <summary>A page of a nested query keeps its numbers as parameters, so every page number shares one prepared query.</summary>
public sealed class PagingTests
{
    private sealed class Item
    {
        public int Id { get; set; }
        public int Rank { get; set; }
    }

    private sealed class ItemContext(DbContextOptions<ItemContext> options) : DbContext(options)
    {
        public DbSet<Item> Items => Set<Item>();
    }

    private static ItemContext NewContext() =>
        new(new DbContextOptionsBuilder<ItemContext>().UseNpgsql("Host=localhost;Database=unused").Options);

    private static string PageQuery(ItemContext db, Func<IQueryable<Item>, IQueryable<Item>> page)
    {
        var ids = page(db.Items.OrderBy(i => i.Rank)).Select(i => i.Id);
        return db.Items.Where(i => ids.Contains(i.Id)).ToQueryString();
    }

    /// <summary>The SQL without ToQueryString's parameter declarations (lines starting with --).</summary>
    private static string Sql(string query) =>
        string.Join('\n', query.Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal)));

    [Fact]
    public void A_nested_window_is_parameterised_where_a_nested_Skip_and_Take_are_inlined()
    {
        using var db = NewContext();

        var window = Sql(PageQuery(db, q => q.Window(1225, 25)));
        var plain = Sql(PageQuery(db, q => q.Skip(1225).Take(25)));

        Assert.Contains("OFFSET 1225", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("1225", window, StringComparison.Ordinal);
        Assert.Matches(@"LIMIT @\w+ OFFSET @\w+", window);
    }
}
