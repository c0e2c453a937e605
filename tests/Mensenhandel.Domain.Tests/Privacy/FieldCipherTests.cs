using Mensenhandel.Domain.Privacy;
using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Domain.Tests.Privacy;

public sealed class FieldCipherTests
{
    private static readonly byte[] KeyA = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly byte[] KeyB = [.. Enumerable.Range(50, 32).Select(i => (byte)i)];

    private static FieldCipher Cipher(string active = "a") =>
        new(new Dictionary<string, byte[]> { ["a"] = KeyA, ["b"] = KeyB }, active);

    [Theory]
    [InlineData("A.B.")]
    [InlineData("Een lange beschrijving met é, ü, 漢字 en 🙂")]
    public void A_value_round_trips_and_carries_the_active_key_id(string plaintext)
    {
        var stored = Cipher().Encrypt(plaintext);

        Assert.StartsWith("v1:a:", stored);
        Assert.DoesNotContain(plaintext, stored, StringComparison.Ordinal);
        Assert.Equal(plaintext, Cipher().Decrypt(stored));
    }

    [Fact]
    public void Equal_plaintexts_give_different_ciphertexts()
    {
        var cipher = Cipher();

        Assert.NotEqual(cipher.Encrypt("Anna Bakker"), cipher.Encrypt("Anna Bakker"));
    }

    [Fact]
    public void The_empty_string_stays_empty()
    {
        Assert.Equal("", Cipher().Encrypt(""));
        Assert.Equal("", Cipher().Decrypt(""));
    }

    [Fact]
    public void Every_flipped_byte_fails_with_a_message_that_holds_neither_value_nor_ciphertext()
    {
        var cipher = Cipher();
        var stored = cipher.Encrypt("geheime naam");
        var data = Convert.FromBase64String(stored["v1:a:".Length..]);
        for (var i = 0; i < data.Length; i++)
        {
            var damaged = (byte[])data.Clone();
            damaged[i] ^= 0x01;
            var text = "v1:a:" + Convert.ToBase64String(damaged);

            var ex = Assert.Throws<FieldDecryptionException>(() => cipher.Decrypt(text));

            Assert.DoesNotContain("geheime", ex.Message);
            Assert.DoesNotContain(text["v1:a:".Length..], ex.ToString());
            Assert.Null(ex.InnerException);
        }
    }

    [Fact]
    public void A_value_moved_to_another_key_id_or_an_unknown_key_fails()
    {
        var stored = Cipher().Encrypt("naam");

        Assert.Throws<FieldDecryptionException>(() => Cipher().Decrypt("v1:b:" + stored["v1:a:".Length..]));
        Assert.Throws<FieldDecryptionException>(() => Cipher().Decrypt("v1:c:" + stored["v1:a:".Length..]));
        Assert.Throws<FieldDecryptionException>(() => Cipher().Decrypt("plaintext"));
        Assert.Throws<FieldDecryptionException>(() => Cipher().Decrypt("v1:a:%%%"));
        Assert.Throws<FieldDecryptionException>(() => Cipher().Decrypt("v1:a:AAAA"));
    }

    [Fact]
    public void Reencrypting_moves_a_value_to_the_active_key_and_encrypts_legacy_plaintext()
    {
        var old = Cipher("a").Encrypt("naam");
        var rotating = Cipher("b");

        var moved = rotating.Reencrypt(old);
        var legacy = rotating.Reencrypt("oude platte tekst");

        Assert.StartsWith("v1:b:", moved);
        Assert.Equal("naam", rotating.Decrypt(moved));
        Assert.Equal("oude platte tekst", rotating.Decrypt(legacy));
        Assert.True(rotating.IsEncryptedWithActiveKey(moved));
        Assert.False(rotating.IsEncryptedWithActiveKey(old));
    }

    [Fact]
    public void Keys_must_be_256_bits_and_the_active_key_must_exist()
    {
        Assert.Throws<ArgumentException>(() => new FieldCipher(new Dictionary<string, byte[]> { ["a"] = new byte[16] }, "a"));
        Assert.Throws<ArgumentException>(() => new FieldCipher(new Dictionary<string, byte[]> { ["a"] = KeyA }, "b"));
        Assert.Throws<ArgumentException>(() => new FieldCipher(new Dictionary<string, byte[]> { ["a:b"] = KeyA }, "a:b"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(4000)]
    public void The_stored_length_bounds_the_worst_case_ciphertext(int chars)
    {
        var longest = new FieldCipher(new Dictionary<string, byte[]> { [new string('k', 32)] = KeyA }, new string('k', 32))
            .Encrypt(new string('漢', chars));

        Assert.True(longest.Length <= FieldCipher.StoredLength(chars));
    }
}

public sealed class BlindIndexTests
{
    private static readonly BlindIndex Index = new([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    [Fact]
    public void The_same_person_written_differently_gets_the_same_hash_and_another_person_another()
    {
        var a = Index.Compute(DuplicateRule.MatchKey("A.B.", "Bulgaars"));
        var b = Index.Compute(DuplicateRule.MatchKey("anna bakker", " bulgaars "));
        var c = Index.Compute(DuplicateRule.MatchKey("A.C.", "Bulgaars"));
        var d = Index.Compute(DuplicateRule.MatchKey("A.B.", "Roemeens"));

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.NotEqual(a, d);
        Assert.Matches("^[0-9a-f]{64}$", a);
        Assert.DoesNotContain("AB", a!, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_initials_there_is_no_hash_and_another_key_gives_other_hashes()
    {
        var other = new BlindIndex([.. Enumerable.Range(2, 32).Select(i => (byte)i)]);

        Assert.Null(Index.Compute(DuplicateRule.MatchKey(null, "Bulgaars")));
        Assert.Null(Index.Compute(DuplicateRule.MatchKey(" . ", "Bulgaars")));
        Assert.NotEqual(Index.Compute("AB|BULGAARS"), other.Compute("AB|BULGAARS"));
        Assert.Throws<ArgumentException>(() => new BlindIndex(new byte[16]));
    }
}
