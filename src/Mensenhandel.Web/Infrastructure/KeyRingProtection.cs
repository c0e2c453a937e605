using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Mensenhandel.Web.Infrastructure;

/// <summary>
/// The Data Protection key ring lives in the database, shared by every instance (docs/operations.md). Its keys
/// sign and encrypt the login and form tokens; with a certificate from the secret store
/// (<c>DataProtection:Certificate</c>) each new key is stored encrypted to it, so whoever reads the table or a
/// dump of the database does not get them. Certificates named under <c>DataProtection:PreviousCertificates</c>
/// still decrypt the keys made under them while a certificate is rotated.
/// <para>
/// A certificate is a PEM pair (<c>Path</c> to the certificate, <c>KeyPath</c> to its private key, as a
/// Kubernetes TLS secret mounts them) or a PKCS#12 file (<c>Path</c>, optional <c>Password</c>). It must hold an
/// RSA key (XML encryption wraps each key with it) and its private key (the instance decrypts the ring).
/// </para>
/// </summary>
internal static class KeyRingProtection
{
    public const string Section = "DataProtection";

    /// <summary>Whether a key-encryption certificate is configured.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration[$"{Section}:Certificate:Path"]);

    public static IDataProtectionBuilder ProtectKeysAsConfigured(this IDataProtectionBuilder dataProtection, IConfiguration configuration)
    {
        var previous = configuration.GetSection($"{Section}:PreviousCertificates").GetChildren().ToArray();
        if (!IsConfigured(configuration))
        {
            // Previous certificates only decrypt; without a current one the new keys would be stored unencrypted.
            if (previous.Length > 0)
            {
                throw new InvalidOperationException($"{Section}:PreviousCertificates needs {Section}:Certificate: new keys must be encrypted too.");
            }
            return dataProtection;
        }
        dataProtection.ProtectKeysWithCertificate(Load(configuration.GetSection($"{Section}:Certificate")));
        if (previous.Length > 0) dataProtection.UnprotectKeysWithAnyCertificate(previous.Select(Load).ToArray());
        return dataProtection;
    }

    private static X509Certificate2 Load(IConfigurationSection section)
    {
        var path = section["Path"];
        if (string.IsNullOrEmpty(path)) throw new InvalidOperationException($"{section.Path}:Path is not set.");
        X509Certificate2 certificate;
        try
        {
            var keyPath = section["KeyPath"];
            certificate = string.IsNullOrEmpty(keyPath)
                ? X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"])
                : X509Certificate2.CreateFromPemFile(path, keyPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            // The message names the setting, never the password.
            throw new InvalidOperationException($"The certificate of {section.Path} could not be read from {path}: {exception.Message}", exception);
        }
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The certificate of {section.Path} has no private key: the instance could not decrypt the key ring.");
        }
        using var rsa = certificate.GetRSAPublicKey();
        if (rsa is null)
        {
            throw new InvalidOperationException($"The certificate of {section.Path} is not an RSA certificate: the key ring's XML encryption needs RSA.");
        }
        return certificate;
    }
}
