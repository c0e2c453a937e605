using Mensenhandel.Domain.Privacy;
using Mensenhandel.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mensenhandel.Data.Privacy;

/// <summary>
/// The keys the context encrypts with (one per host, a singleton): the field cipher for identifying data and
/// free text, and the blind index for duplicate lookups. Keys come from configuration, never the database.
/// </summary>
public sealed class FieldProtection(FieldCipher cipher, BlindIndex blindIndex)
{
    public FieldCipher Cipher { get; } = cipher;
    public BlindIndex BlindIndex { get; } = blindIndex;
}

/// <summary>Marks and wires the encrypted columns.</summary>
public static class EncryptedColumns
{
    public const string Annotation = "Mensenhandel:Encrypted";

    /// <summary>The shadow column of <see cref="Report"/> holding the keyed hash of <see cref="DuplicateRule.MatchKey"/>.</summary>
    public const string ReportBlindIndex = "VictimBlindIndex";

    /// <summary>
    /// The property is stored encrypted (AES-256-GCM, see <see cref="FieldCipher"/>); the column is sized for
    /// the ciphertext of <paramref name="maxChars"/> characters. It can no longer be filtered or sorted in SQL.
    /// </summary>
    public static PropertyBuilder<TProperty> IsEncrypted<TProperty>(this PropertyBuilder<TProperty> property, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasMaxLength(FieldCipher.StoredLength(maxChars)).HasAnnotation(Annotation, true);
    }

    public static bool IsEncrypted(this IReadOnlyProperty property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.FindAnnotation(Annotation)?.Value is true;
    }

    /// <summary>Every encrypted column: table, column and the single key column, for the rotation and data steps.</summary>
    public static IReadOnlyList<(string Table, string Column, string KeyColumn)> All(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var columns = new List<(string, string, string)>();
        foreach (var entity in model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null) continue;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            var key = entity.FindPrimaryKey();
            if (key is not { Properties.Count: 1 }) continue;
            foreach (var property in entity.GetProperties().Where(p => p.IsEncrypted()))
                columns.Add((table, property.GetColumnName(store)!, key.Properties[0].GetColumnName(store)!));
        }
        return columns;
    }

    internal static void Apply(ModelBuilder builder, FieldProtection? protection)
    {
        // Without keys (design time) values cannot be stored at all: never silently in plaintext.
        ValueConverter<string, string> converter = protection is null
            ? new ValueConverter<string, string>(v => NoKeys(), v => NoKeys())
            : new ValueConverter<string, string>(v => protection.Cipher.Encrypt(v), v => protection.Cipher.Decrypt(v));
        foreach (var entity in builder.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties().Where(p => p.FindAnnotation(Annotation)?.Value is true))
                property.SetValueConverter(converter);
    }

    private static string NoKeys() =>
        throw new InvalidOperationException("This AppDbContext has no field encryption keys (FieldProtection); encrypted columns cannot be read or written.");
}

/// <summary>
/// Carries the field keys to <see cref="AppDbContext"/> through its options, so the context keeps the single
/// options-only constructor that DbContext pooling needs. It adds no EF services, so it never splits EF's
/// internal service provider.
/// </summary>
public sealed class FieldProtectionOptionsExtension(FieldProtection protection) : IDbContextOptionsExtension
{
    public FieldProtection Protection { get; } = protection;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}

public static class FieldProtectionOptions
{
    /// <summary>Encrypt and blind-index the protected columns with these keys.</summary>
    public static DbContextOptionsBuilder UseFieldProtection(this DbContextOptionsBuilder options, FieldProtection protection)
    {
        ArgumentNullException.ThrowIfNull(options);
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new FieldProtectionOptionsExtension(protection));
        return options;
    }
}

/// <summary>One model per set of keys: the converters hold the keys, and tests run hosts with different keys side by side.</summary>
internal sealed class ProtectedModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), designTime, (context as AppDbContext)?.Protection);
}
