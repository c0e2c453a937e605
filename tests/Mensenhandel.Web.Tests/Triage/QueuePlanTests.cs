using Mensenhandel.Web.Pages.Meldingen;

namespace Mensenhandel.Web.Tests.Triage;

/// <summary>
/// Which part of each half of the queue (waiting, then the rest) a page shows. The halves are modelled as lists
/// of row numbers; what the plan reads from them must be exactly the page's window of the whole list.
/// </summary>
public sealed class QueuePlanTests
{
    private const int PageSize = 25;

    /// <summary>Reads the plan from halves holding the row numbers 0.., one after the other, as the page does with ids.</summary>
    private static List<int> Read(int[] lengths, int offset)
    {
        var plan = IndexModel.Plan(lengths, offset, PageSize);
        Assert.Equal(lengths.Length, plan.Count);
        var rows = new List<int>();
        var first = 0;
        for (var i = 0; i < lengths.Length; i++)
        {
            var half = Enumerable.Range(first, lengths[i]).ToList();
            first += lengths[i];
            if (plan[i] is not { } slice) continue;
            Assert.InRange(slice.Take, 1, PageSize);
            // From the end: the index read backwards, then turned around (Half.PageIds).
            var ordered = slice.FromEnd ? Enumerable.Reverse(half) : half;
            var part = ordered.Skip(slice.Skip).Take(slice.Take);
            rows.AddRange(slice.FromEnd ? part.Reverse() : part);
        }
        return rows;
    }

    [Theory]
    [InlineData(new[] { 10, 100 }, 25)]    // page 2: all in the rest
    [InlineData(new[] { 30, 100 }, 25)]    // straddles: the last 5 waiting, then the first 20 of the rest
    [InlineData(new[] { 10, 100 }, 100)]   // the last page: its 10 rows from the end of the rest
    [InlineData(new[] { 0, 60 }, 50)]      // nothing waits
    [InlineData(new[] { 60, 0 }, 50)]      // nothing else
    [InlineData(new[] { 3, 4 }, 25)]       // beyond the end: nothing
    [InlineData(new[] { 1000 }, 500)]      // one list, the middle
    [InlineData(new[] { 1000 }, 525)]      // one list, past the middle: from the end
    public void A_page_reads_exactly_its_window_of_the_whole_list(int[] lengths, int offset)
    {
        var total = lengths.Sum();
        var expected = Enumerable.Range(offset, Math.Max(0, Math.Min(PageSize, total - offset))).ToList();
        Assert.Equal(expected, Read(lengths, offset));
    }

    [Fact]
    public void Every_page_of_many_shapes_reads_exactly_its_window()
    {
        var random = new Random(20261123);
        for (var run = 0; run < 2000; run++)
        {
            int[] lengths = [random.Next(0, 120), random.Next(0, 120)];
            var total = lengths.Sum();
            var offset = random.Next(1, Math.Max(2, total + PageSize)) / PageSize * PageSize;
            var expected = Enumerable.Range(offset, Math.Max(0, Math.Min(PageSize, total - offset))).ToList();
            Assert.Equal(expected, Read(lengths, offset));
        }
    }

    [Fact]
    public void A_part_past_the_middle_of_its_half_is_read_from_the_end_so_the_last_page_costs_what_the_first_does()
    {
        // 100,010 meldingen: the last page (offset 100,000) shows the last 10 of the rest.
        var last = IndexModel.Plan([10, 100_000], offset: 100_000, PageSize);

        Assert.Null(last[0]);
        Assert.Equal(new IndexModel.Slice(Skip: 0, Take: 10, FromEnd: true), last[1]);
        Assert.Equal(new IndexModel.Slice(Skip: 15, Take: 25, FromEnd: false), IndexModel.Plan([10, 100_000], offset: 25, PageSize)[1]);
    }
}
