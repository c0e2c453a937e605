using System.Buffers.Binary;
using System.Security.Cryptography;
using Mensenhandel.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Mensenhandel.Web.Identity;

/// <summary>
/// RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30-second steps, one step of clock drift either way) that accepts
/// each code once: the accepted time step is stored on the user and only later steps are accepted after it.
/// Identity's own authenticator provider accepts the same code again for as long as it is valid.
/// </summary>
public sealed class OneTimeTotpTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string ProviderName = "OneTimeTotp";
    private const int StepSeconds = 30;

    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) =>
        Task.FromResult(""); // Codes come from the user's authenticator app, never from the server.

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var code = (token ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit)) return false;

        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key)) return false;
        var secret = Base32.Decode(key);

        var step = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        for (var drift = -1; drift <= 1; drift++)
        {
            var candidate = step + drift;
            if (candidate <= user.LastTotpTimeStep) continue;
            if (!CryptographicOperations.FixedTimeEquals(Code(secret, candidate), System.Text.Encoding.ASCII.GetBytes(code))) continue;

            user.LastTotpTimeStep = candidate;
            // The concurrency stamp makes two simultaneous uses of the same code fail for one of them.
            var saved = await manager.UpdateAsync(user);
            return saved.Succeeded;
        }
        return false;
    }

    /// <summary>The 6-digit code for a time step (RFC 4226 dynamic truncation).</summary>
    public static byte[] Code(byte[] secret, long timeStep)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, timeStep);
#pragma warning disable CA5350 // TOTP is defined on HMAC-SHA1 (RFC 6238); authenticator apps expect it.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return System.Text.Encoding.ASCII.GetBytes((binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
    }

    public static string CurrentCode(string base32Secret, DateTimeOffset now) =>
        System.Text.Encoding.ASCII.GetString(Code(Base32.Decode(base32Secret), now.ToUnixTimeSeconds() / StepSeconds));
}

public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static byte[] Decode(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var clean = input.Trim().TrimEnd('=').Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var output = new byte[clean.Length * 5 / 8];
        int buffer = 0, bits = 0, index = 0;
        foreach (var c in clean)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0) throw new FormatException("Not a base32 string.");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                output[index++] = (byte)(buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return output;
    }
}
