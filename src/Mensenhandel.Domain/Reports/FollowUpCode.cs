using System.Security.Cryptography;
using System.Text;

namespace Mensenhandel.Domain.Reports;

/// <summary>
/// The secret a melder gets once, to ask for the status later: 160 random bits as 32 Crockford base-32
/// characters in groups of four. Stored only as a SHA-256 hash; with this much randomness a slow hash adds nothing.
/// </summary>
public static class FollowUpCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Bytes = 20;

    public static string New() => Format(RandomNumberGenerator.GetBytes(Bytes));

    public static string Hash(string code)
    {
        var normalised = Normalise(code) ?? throw new ArgumentException("Not a follow-up code.", nameof(code));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalised)));
    }

    /// <summary>Compares what a person typed with a stored hash in constant time.</summary>
    public static bool Matches(string? typed, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(storedHash);
        var normalised = Normalise(typed);
        var candidate = normalised is null ? new string('0', 64) : Hash(normalised);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), Encoding.ASCII.GetBytes(storedHash))
            && normalised is not null;
    }

    /// <summary>Upper case without separators, with the look-alikes O→0 and I/L→1; null when it cannot be a code.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null || typed.Length > 80) return null;
        var builder = new StringBuilder(32);
        foreach (var c in typed.ToUpperInvariant())
        {
            if (c is '-' or ' ') continue;
            var mapped = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (!Alphabet.Contains(mapped, StringComparison.Ordinal)) return null;
            builder.Append(mapped);
        }
        return builder.Length == Bytes * 8 / 5 ? builder.ToString() : null;
    }

    private static string Format(byte[] bytes)
    {
        var builder = new StringBuilder(40);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                if (builder.Length % 5 == 4) builder.Append('-');
                builder.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return builder.ToString();
    }
}
