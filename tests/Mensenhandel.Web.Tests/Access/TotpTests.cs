using System.Text;
using Mensenhandel.Web.Identity;

namespace Mensenhandel.Web.Tests.Access;

public sealed class TotpTests
{
    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Codes_match_the_RFC_6238_test_vectors(long unixSeconds, string expected)
    {
        var secret = Encoding.ASCII.GetBytes("12345678901234567890");

        var code = OneTimeTotpTokenProvider.Code(secret, unixSeconds / 30);

        Assert.Equal(expected, Encoding.ASCII.GetString(code));
    }

    [Fact]
    public void Base32_decodes_as_authenticator_apps_encode()
    {
        Assert.Equal("12345678901234567890", Encoding.ASCII.GetString(Base32.Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")));
        Assert.Equal("12345678901234567890", Encoding.ASCII.GetString(Base32.Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")));
    }
}
