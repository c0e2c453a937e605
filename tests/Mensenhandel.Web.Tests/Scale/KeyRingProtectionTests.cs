using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mensenhandel.Web.Identity;
using Mensenhandel.Web.Infrastructure;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mensenhandel.Web.Tests.Scale;

/// <summary>
/// The key ring in the database is encrypted with a certificate from the secret store: a reader of the table
/// gets no usable key, every instance with the certificate reads the ring, and a rotated certificate still
/// reads the keys made under the previous one.
/// </summary>
public sealed class KeyRingProtectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mh-keyring-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Keys_are_stored_encrypted_to_the_certificate_and_another_instance_with_it_reads_them()
    {
        var certificate = NewRsaCertificate("sleutelring");
        var pfx = WritePkcs12(certificate, "pfx-wachtwoord");
        var (pem, key) = WritePem(certificate);
        await using var instances = await TwoInstances.CreateAsync();
        await instances.WithConnectionAsync(connection => Execute(connection, "DELETE FROM \"DataProtectionKeys\""));

        var a = await instances.StartAsync(h => h.WithSetting("DataProtection:Certificate:Path", pfx)
            .WithSetting("DataProtection:Certificate:Password", "pfx-wachtwoord"));
        var onA = await a.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        var stored = await a.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            // Encrypted to this certificate: the XML names it, so an instance finds the private key to decrypt with.
            Assert.Contains(Convert.ToBase64String(certificate.RawData), xml, StringComparison.Ordinal);
            // An unencrypted key holds its secret as <masterKey …><value>base64</value>.
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });

        Assert.Contains(a.Log.Lines(), line => line.Contains("Data Protection keys are encrypted with the certificate", StringComparison.Ordinal));

        // The same certificate as a PEM pair (a Kubernetes TLS secret) on a second instance reads A's keys.
        var b = await instances.StartAsync(h => h.WithSetting("DataProtection:Certificate:Path", pem)
            .WithSetting("DataProtection:Certificate:KeyPath", key));
        var onB = b.CreatePortalClient();
        CookieJar.Write(onB, IdentitySetup.CookieName, CookieJar.Read(onA, IdentitySetup.CookieName));
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/meldingen")).StatusCode);
    }

    [Fact]
    public async Task A_rotated_certificate_reads_the_keys_of_the_previous_one_only_while_that_one_is_named()
    {
        var first = WritePkcs12(NewRsaCertificate("eerste"), password: null);
        var second = WritePkcs12(NewRsaCertificate("tweede"), password: null);
        await using var instances = await TwoInstances.CreateAsync();
        await instances.WithConnectionAsync(connection => Execute(connection, "DELETE FROM \"DataProtectionKeys\""));
        var a = await instances.StartAsync(h => h.WithSetting("DataProtection:Certificate:Path", first));
        var session = CookieJar.Read(await a.LoginAsync(DemoUsers.CoordinatorNoordHolland), IdentitySetup.CookieName);

        var rotated = await instances.StartAsync(h => h.WithSetting("DataProtection:Certificate:Path", second)
            .WithSetting("DataProtection:PreviousCertificates:0:Path", first));
        var onRotated = rotated.CreatePortalClient();
        CookieJar.Write(onRotated, IdentitySetup.CookieName, session);
        Assert.Equal(HttpStatusCode.OK, (await onRotated.GetAsync("/meldingen")).StatusCode);

        // Without the first certificate the keys in the table are unreadable: the session cookie is not accepted.
        var withoutFirst = await instances.StartAsync(h => h.WithSetting("DataProtection:Certificate:Path", second));
        var onWithoutFirst = withoutFirst.CreatePortalClient();
        CookieJar.Write(onWithoutFirst, IdentitySetup.CookieName, session);
        var refused = await onWithoutFirst.GetAsync("/meldingen");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/inloggen", refused.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task A_production_instance_without_a_certificate_warns_that_the_keys_are_stored_unencrypted()
    {
        await using var production = new PortalFactory { EnvironmentName = "Production" };
        await production.InitializeAsync();
        _ = production.Services;

        Assert.Contains(production.Log.Events, e => e.Level == Serilog.Events.LogEventLevel.Warning
            && e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Data Protection keys in the database are stored unencrypted", StringComparison.Ordinal));
    }

    [Fact]
    public void Unusable_certificate_settings_stop_the_start_with_a_message_naming_the_setting()
    {
        var ecdsa = Path.Combine(_folder, "ecdsa.pfx");
        using (var key = ECDsa.Create())
        {
            using var certificate = new CertificateRequest("CN=ecdsa", key, HashAlgorithmName.SHA256)
                .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(ecdsa, certificate.Export(X509ContentType.Pkcs12));
        }
        var wrongPassword = WritePkcs12(NewRsaCertificate("wachtwoord"), "juist");

        Assert.Contains("not an RSA certificate", Failure(("DataProtection:Certificate:Path", ecdsa)));
        Assert.Contains("DataProtection:Certificate", Failure(("DataProtection:Certificate:Path", Path.Combine(_folder, "ontbreekt.pfx"))));
        var password = Failure(("DataProtection:Certificate:Path", wrongPassword), ("DataProtection:Certificate:Password", "onjuist"));
        Assert.Contains("DataProtection:Certificate", password);
        Assert.DoesNotContain("onjuist", password);
        Assert.Contains("needs DataProtection:Certificate", Failure(("DataProtection:PreviousCertificates:0:Path", wrongPassword)));
    }

    private static string Failure(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var failure = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddDataProtection().ProtectKeysAsConfigured(configuration));
        return failure.Message;
    }

    private static X509Certificate2 NewRsaCertificate(string name)
    {
        using var key = RSA.Create(2048);
        return new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    private string WritePkcs12(X509Certificate2 certificate, string? password)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return path;
    }

    private (string Certificate, string Key) WritePem(X509Certificate2 certificate)
    {
        var pem = Path.Combine(_folder, "tls.crt");
        var key = Path.Combine(_folder, "tls.key");
        File.WriteAllText(pem, certificate.ExportCertificatePem());
        using var rsa = certificate.GetRSAPrivateKey()!;
        File.WriteAllText(key, rsa.ExportPkcs8PrivateKeyPem());
        return (pem, key);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
