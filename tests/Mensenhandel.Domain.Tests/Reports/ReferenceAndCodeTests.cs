using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Domain.Tests.Reports;

public sealed class ReferenceAndCodeTests
{
    [Theory]
    [InlineData(2026, 1, "MH-2026-000001")]
    [InlineData(2026, 123, "MH-2026-000123")]
    [InlineData(2027, 999_999, "MH-2027-999999")]
    public void A_reference_is_the_year_and_a_six_digit_number(int year, int number, string expected)
    {
        Assert.Equal(expected, ReportReference.Format(year, number));
    }

    [Theory]
    [InlineData(2026, 0)]
    [InlineData(2026, 1_000_000)]
    [InlineData(1999, 1)]
    public void A_reference_number_out_of_range_is_refused(int year, int number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportReference.Format(year, number));
    }

    [Theory]
    [InlineData("MH-2026-000123", "MH-2026-000123")]
    [InlineData(" mh-2026-000123 ", "MH-2026-000123")]
    [InlineData("MH 2026 123", "MH-2026-000123")]
    [InlineData("MH-2026-0", null)]
    [InlineData("MH-26-000123", null)]
    [InlineData("XX-2026-000123", null)]
    [InlineData("MH-2026-000123-1", null)]
    [InlineData("<script>", null)]
    [InlineData("", null)]
    public void A_typed_reference_is_read_leniently_but_only_when_it_can_be_one(string typed, string? expected)
    {
        Assert.Equal(expected, ReportReference.Normalise(typed));
    }

    [Fact]
    public void A_follow_up_code_carries_160_random_bits_and_never_repeats()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => FollowUpCode.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void A_follow_up_code_matches_its_hash_however_it_is_typed_and_nothing_else_does()
    {
        var code = FollowUpCode.New();
        var hash = FollowUpCode.Hash(code);

        Assert.True(FollowUpCode.Matches(code, hash));
        Assert.True(FollowUpCode.Matches(code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant(), hash));
        Assert.False(FollowUpCode.Matches(FollowUpCode.New(), hash));
        Assert.False(FollowUpCode.Matches("", hash));
        Assert.False(FollowUpCode.Matches(null, hash));
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), hash, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(64, hash.Length);
    }
}
