using System.Text.Json;
using Mensenhandel.Data.Privacy;
using Mensenhandel.Domain.Privacy;

namespace Mensenhandel.Web.Privacy;

/// <summary>
/// Where the field encryption keys come from. Configuration (environment variables or a secret store), never
/// the database: <c>Encryption:ActiveKeyId</c>, <c>Encryption:Keys:{id}</c> (base64, 32 bytes each; old keys
/// stay for reading), <c>Encryption:BlindIndexKey</c> (base64, ≥ 32 bytes). In Development, when nothing is
/// configured, keys are generated once into <c>App_Data/field-keys.json</c> (git-ignored); elsewhere the portal
/// refuses to start without them.
/// </summary>
public static class FieldEncryptionSetup
{
    public const string Section = "Encryption";
    public const string DevelopmentKeyFile = "App_Data/field-keys.json";

    public static void AddFieldEncryption(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var (protection, origin) = Load(builder.Configuration.GetSection(Section), builder.Environment);
        builder.Services.AddSingleton(protection);
        builder.Services.AddSingleton(new FieldKeyOrigin(origin));
    }

    internal static (FieldProtection Protection, string Origin) Load(IConfigurationSection section, IHostEnvironment environment)
    {
        var keys = section.GetSection("Keys").GetChildren()
            .Where(k => !string.IsNullOrWhiteSpace(k.Value))
            .ToDictionary(k => k.Key, k => Decode(k.Value!, $"{Section}:Keys:{k.Key}"), StringComparer.Ordinal);
        var active = section["ActiveKeyId"];
        var blind = section["BlindIndexKey"];
        if (keys.Count > 0 || !string.IsNullOrWhiteSpace(active) || !string.IsNullOrWhiteSpace(blind))
        {
            if (keys.Count == 0 || string.IsNullOrWhiteSpace(active) || string.IsNullOrWhiteSpace(blind))
                throw new InvalidOperationException($"Field encryption needs {Section}:ActiveKeyId, {Section}:Keys:{{id}} and {Section}:BlindIndexKey together.");
            return (new FieldProtection(new FieldCipher(keys, active), new BlindIndex(Decode(blind, $"{Section}:BlindIndexKey"))), "configuration");
        }
        if (!environment.IsDevelopment())
            throw new InvalidOperationException(
                $"No field encryption keys are configured ({Section}:ActiveKeyId, {Section}:Keys:{{id}}, {Section}:BlindIndexKey). The portal does not start without them; see docs/privacy.md.");
        return (DevelopmentKeys(Path.Combine(environment.ContentRootPath, DevelopmentKeyFile)), DevelopmentKeyFile);
    }

    private static FieldProtection DevelopmentKeys(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var generated = new DevelopmentKeyFileContent(
                "dev1",
                new Dictionary<string, string>(StringComparer.Ordinal) { ["dev1"] = Convert.ToBase64String(FieldCipher.NewKey()) },
                Convert.ToBase64String(FieldCipher.NewKey()));
            try
            {
                using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                    JsonSerializer.Serialize(stream, generated);
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }
        var content = JsonSerializer.Deserialize<DevelopmentKeyFileContent>(File.ReadAllText(path))
            ?? throw new InvalidOperationException($"{path} is empty.");
        return new FieldProtection(
            new FieldCipher(content.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal), content.ActiveKeyId),
            new BlindIndex(Convert.FromBase64String(content.BlindIndexKey)));
    }

    private static byte[] Decode(string value, string name)
    {
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{name} is not base64.");
        }
    }

    private sealed record DevelopmentKeyFileContent(string ActiveKeyId, Dictionary<string, string> Keys, string BlindIndexKey);
}

/// <summary>Where the keys came from, for one line in the start-up log.</summary>
public sealed record FieldKeyOrigin(string Description);
