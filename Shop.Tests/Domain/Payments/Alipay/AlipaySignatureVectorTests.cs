using System.Security.Cryptography;
using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class AlipaySignatureVectorTests
{
    [Fact]
    public void All_thirteen_vectors_are_loaded_from_the_copy_in_the_test_output()
    {
        Assert.Equal(13, SigningVector.All.Count);
    }

    [Theory]
    [MemberData(nameof(SigningVector.Indexes), MemberType = typeof(SigningVector))]
    public void Sign_matches_the_vector(int index)
    {
        var vector = SigningVector.All[index];

        Assert.Equal(vector.Sign, AlipaySignature.Sign(vector.Parameters, vector.Key, vector.Charset));
    }

    [Theory]
    [MemberData(nameof(SigningVector.Indexes), MemberType = typeof(SigningVector))]
    public void Canonical_string_followed_by_the_key_hashes_to_the_vector_sign(int index)
    {
        var vector = SigningVector.All[index];

        var canonical = AlipaySignature.CanonicalString(vector.Parameters);

        var md5 = MD5.HashData(vector.Charset.Encoding.GetBytes(canonical + vector.Key));
        Assert.Equal(vector.Sign, Convert.ToHexStringLower(md5));
        Assert.DoesNotContain("sign_type=", canonical);
    }

    [Theory]
    [MemberData(nameof(SigningVector.Indexes), MemberType = typeof(SigningVector))]
    public void Verify_accepts_the_vector_sign(int index)
    {
        var vector = SigningVector.All[index];

        Assert.True(AlipaySignature.Verify(vector.Parameters, vector.Sign, vector.Key, vector.Charset));
    }

    [Theory]
    [MemberData(nameof(SigningVector.Indexes), MemberType = typeof(SigningVector))]
    public void Verify_rejects_a_changed_value(int index)
    {
        var vector = SigningVector.All[index];
        var changed = vector.Parameters
            .Select(p => p.Key == FirstSignedName(vector) ? KeyValuePair.Create(p.Key, p.Value + "1") : p)
            .ToList();

        Assert.False(AlipaySignature.Verify(changed, vector.Sign, vector.Key, vector.Charset));
    }

    [Theory]
    [MemberData(nameof(SigningVector.Indexes), MemberType = typeof(SigningVector))]
    public void Verify_rejects_a_changed_key(int index)
    {
        var vector = SigningVector.All[index];

        Assert.False(AlipaySignature.Verify(vector.Parameters, vector.Sign, vector.Key + "0", vector.Charset));
        Assert.False(AlipaySignature.Verify(vector.Parameters, vector.Sign, "x" + vector.Key[1..], vector.Charset));
    }

    [Theory]
    [MemberData(nameof(SigningVector.Indexes), MemberType = typeof(SigningVector))]
    public void Verify_rejects_a_dropped_parameter(int index)
    {
        var vector = SigningVector.All[index];
        var dropped = vector.Parameters.Where(p => p.Key != FirstSignedName(vector)).ToList();

        Assert.False(AlipaySignature.Verify(dropped, vector.Sign, vector.Key, vector.Charset));
    }

    [Theory]
    [MemberData(nameof(SigningVector.Indexes), MemberType = typeof(SigningVector))]
    public void Verify_rejects_the_sign_in_upper_case(int index)
    {
        var vector = SigningVector.All[index];
        var upper = vector.Sign.ToUpperInvariant();
        Assert.NotEqual(vector.Sign, upper);

        Assert.False(AlipaySignature.Verify(vector.Parameters, upper, vector.Key, vector.Charset));
    }

    [Theory]
    [MemberData(nameof(SigningVector.NonAsciiIndexes), MemberType = typeof(SigningVector))]
    public void Verify_rejects_the_sign_checked_in_another_charset(int index)
    {
        var vector = SigningVector.All[index];
        var other = vector.Charset == AlipayCharset.Utf8 ? AlipayCharset.Gbk : AlipayCharset.Utf8;

        Assert.False(AlipaySignature.Verify(vector.Parameters, vector.Sign, vector.Key, other));
    }

    private static string FirstSignedName(SigningVector vector) =>
        vector.Parameters.First(p => p.Key != "sign_type" && p.Value != "").Key;
}
