using System.Security.Cryptography;
using System.Text;

namespace Mensenhandel.Domain.Privacy;

/// <summary>
/// Thrown when an encrypted value cannot be read: altered, truncated, or written with a key that is not
/// configured. The message names the key id only, never the value or its ciphertext, so it may be logged.
/// </summary>
public sealed class FieldDecryptionException : Exception
{
    public FieldDecryptionException() { }

    public FieldDecryptionException(string message) : base(message) { }

    public FieldDecryptionException(string message, Exception innerException) : base(message, innerException) { }
}

/// <summary>
/// AES-256-GCM encryption of one text value, for identifying fields and free text at rest. Every value gets
/// a fresh random 96-bit nonce and carries the id of its key: <c>v1:{keyId}:{base64(nonce|ciphertext|tag)}</c>.
/// Older keys stay in the ring for reading; new values always use the active key (key rotation).
/// </summary>
public sealed class FieldCipher
{
    public const string Prefix = "v1:";
    public const int KeySizeBytes = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int MaxKeyIdLength = 32;

    private readonly Dictionary<string, byte[]> _keys;

    public FieldCipher(IReadOnlyDictionary<string, byte[]> keys, string activeKeyId)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentException.ThrowIfNullOrWhiteSpace(activeKeyId);
        _keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (id, key) in keys)
        {
            if (!IsValidKeyId(id)) throw new ArgumentException($"Key id '{id}' may only hold letters, digits, '-' and '_' (at most {MaxKeyIdLength}).", nameof(keys));
            if (key is not { Length: KeySizeBytes }) throw new ArgumentException($"Key '{id}' must be {KeySizeBytes} bytes (AES-256).", nameof(keys));
            _keys[id] = [.. key];
        }
        if (!_keys.ContainsKey(activeKeyId)) throw new ArgumentException($"The active key '{activeKeyId}' is not among the keys.", nameof(activeKeyId));
        ActiveKeyId = activeKeyId;
    }

    public string ActiveKeyId { get; }

    public IReadOnlyCollection<string> KeyIds => _keys.Keys;

    public static bool IsValidKeyId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxKeyIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The longest stored form of a plaintext of <paramref name="maxChars"/> UTF-16 characters.</summary>
    public static int StoredLength(int maxChars) =>
        Prefix.Length + MaxKeyIdLength + 1 + 4 * ((NonceSize + TagSize + 3 * maxChars + 2) / 3);

    public string Encrypt(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        if (plaintext.Length == 0) return "";
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(_keys[ActiveKeyId], TagSize))
        {
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), AssociatedData(ActiveKeyId));
        }
        CryptographicOperations.ZeroMemory(plain);
        return $"{Prefix}{ActiveKeyId}:{Convert.ToBase64String(sealedBytes)}";
    }

    public string Decrypt(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Length == 0) return "";
        var keyId = KeyIdOf(stored) ?? throw new FieldDecryptionException("A stored value is not in the encrypted format (v1:keyId:data).");
        if (!_keys.TryGetValue(keyId, out var key))
            throw new FieldDecryptionException($"A stored value was encrypted with key '{keyId}', which is not configured.");
        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(stored[(Prefix.Length + keyId.Length + 1)..]);
        }
        catch (FormatException)
        {
            throw new FieldDecryptionException($"A stored value encrypted with key '{keyId}' is damaged (not base64).");
        }
        if (sealedBytes.Length < NonceSize + TagSize)
            throw new FieldDecryptionException($"A stored value encrypted with key '{keyId}' is damaged (too short).");
        var plainLength = sealedBytes.Length - NonceSize - TagSize;
        var plain = new byte[plainLength];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plainLength),
                sealedBytes.AsSpan(NonceSize + plainLength), plain, AssociatedData(keyId));
        }
        catch (CryptographicException)
        {
            // No inner exception and no value: the message is safe to log as it is.
            throw new FieldDecryptionException($"A stored value encrypted with key '{keyId}' failed authentication: it was altered or the key is wrong.");
        }
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The key id of a stored value, or null when it is not in the encrypted format.</summary>
    public static string? KeyIdOf(string? stored)
    {
        if (stored is null || !stored.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var end = stored.IndexOf(':', Prefix.Length);
        if (end < 0) return null;
        var id = stored[Prefix.Length..end];
        return IsValidKeyId(id) ? id : null;
    }

    public bool IsEncryptedWithActiveKey(string? stored) => stored is null or "" || KeyIdOf(stored) == ActiveKeyId;

    /// <summary>Re-encrypts a stored value with the active key (rotation), or encrypts a legacy plaintext value.</summary>
    public string Reencrypt(string stored) =>
        KeyIdOf(stored) is null ? Encrypt(stored) : Encrypt(Decrypt(stored));

    // The key id is authenticated too: moving a value to another key id fails instead of decrypting.
    private static byte[] AssociatedData(string keyId) => Encoding.ASCII.GetBytes(Prefix + keyId);

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeySizeBytes);
}
