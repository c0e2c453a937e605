namespace Mensenhandel.Domain.ReferenceData;

internal static class ReferenceCode
{
    /// <summary>Codes are a two-letter prefix and four (GM) or two (RE) digits, as CBS publishes them.</summary>
    public static string Require(string code, string prefix, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(code, parameterName);
        var digits = prefix == "GM" ? 4 : 2;
        if (code.Length != prefix.Length + digits
            || !code.StartsWith(prefix, StringComparison.Ordinal)
            || !code.AsSpan(prefix.Length).ContainsOnlyDigits())
        {
            throw new ArgumentException($"'{code}' is not a valid {prefix} code.", parameterName);
        }
        return code;
    }

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }
        return true;
    }
}
