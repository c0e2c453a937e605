using System.Security.Cryptography;
using System.Text;

namespace Mensenhandel.Domain.Privacy;

/// <summary>
/// A keyed hash (HMAC-SHA256) of a normalised value, for exact-match lookups on encrypted data (duplicate
/// suggestions) without storing or comparing plaintext. Its key is separate from the encryption keys; without
/// it the hashes cannot be tested against guessed initials.
/// </summary>
public sealed class BlindIndex
{
    private readonly byte[] _key;

    public BlindIndex(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32) throw new ArgumentException("The blind index key must be at least 32 bytes.", nameof(key));
        _key = [.. key];
    }

    /// <summary>Lower-case hex of HMAC-SHA256 over the UTF-8 bytes; null for null or empty input.</summary>
    public string? Compute(string? normalised)
    {
        if (string.IsNullOrEmpty(normalised)) return null;
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(normalised)));
    }

    public const int Length = 64;
}
