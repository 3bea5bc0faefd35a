using System.Text;
using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class AlipayFormEncodingTests
{
    [Fact]
    public void Chinese_subject_is_percent_encoded_as_gbk_bytes()
    {
        Assert.Equal("%B2%E2%CA%D4", AlipayFormEncoding.Encode("测试", AlipayCharset.Gbk));
    }

    [Fact]
    public void Chinese_subject_is_percent_encoded_as_utf8_bytes_in_utf8()
    {
        Assert.Equal("%E6%B5%8B%E8%AF%95", AlipayFormEncoding.Encode("测试", AlipayCharset.Utf8));
    }

    [Fact]
    public void Gbk_percent_encoded_subject_parses_back()
    {
        var parameters = AlipayFormEncoding.Parse("subject=%B2%E2%CA%D4", AlipayCharset.Gbk);

        Assert.Equal("测试", parameters["subject"]);
    }

    [Fact]
    public void Gbk_bytes_read_as_utf8_do_not_give_the_subject_back()
    {
        var parameters = AlipayFormEncoding.Parse("subject=%B2%E2%CA%D4", AlipayCharset.Utf8);

        Assert.NotEqual("测试", parameters["subject"]);
    }

    [Fact]
    public void Unreserved_characters_stay_and_everything_else_is_encoded()
    {
        Assert.Equal("aZ09-._~", AlipayFormEncoding.Encode("aZ09-._~", AlipayCharset.Utf8));
        Assert.Equal("a%2Bb%20c%26d%3De%25f%23g%2Fh%40i", AlipayFormEncoding.Encode("a+b c&d=e%f#g/h@i", AlipayCharset.Utf8));
    }

    [Fact]
    public void Plus_in_a_form_is_a_space_and_encoded_plus_is_a_plus()
    {
        var parameters = AlipayFormEncoding.Parse("a=C+%2B+C&b=1%2b1", AlipayCharset.Utf8);

        Assert.Equal("C + C", parameters["a"]);
        Assert.Equal("1+1", parameters["b"]);
    }

    [Fact]
    public void Subject_with_plus_survives_encode_then_parse()
    {
        var form = AlipayFormEncoding.EncodeForm([KeyValuePair.Create("subject", "C++ 入门")], AlipayCharset.Gbk);

        Assert.Equal("C++ 入门", AlipayFormEncoding.Parse(form, AlipayCharset.Gbk)["subject"]);
    }

    [Fact]
    public void Form_is_decoded_exactly_once_so_notify_id_keeps_its_percent_2F()
    {
        var parameters = AlipayFormEncoding.Parse("notify_id=RqPnCoPT3K9%252Fvwbh3I%252BODmZS&x=%2F", AlipayCharset.Utf8);

        Assert.Equal("RqPnCoPT3K9%2Fvwbh3I%2BODmZS", parameters["notify_id"]);
        Assert.Equal("/", parameters["x"]);
    }

    [Fact]
    public void Raw_body_bytes_in_gbk_decode_in_gbk()
    {
        var body = Encoding.ASCII.GetBytes("_input_charset=gbk&subject=%B2%E2%CA%D4&total_fee=0.01");

        var parameters = AlipayFormEncoding.Parse(body, AlipayCharset.Gbk);

        Assert.Equal(["_input_charset", "subject", "total_fee"], parameters.Keys);
        Assert.Equal("测试", parameters["subject"]);
    }

    [Fact]
    public void Unencoded_gbk_bytes_in_a_body_are_read_in_gbk()
    {
        var body = AlipayCharset.Gbk.Encoding.GetBytes("subject=测试&a=1");

        Assert.Equal("测试", AlipayFormEncoding.Parse(body, AlipayCharset.Gbk)["subject"]);
    }

    [Fact]
    public void Parse_keeps_the_order_of_arrival()
    {
        var parameters = AlipayFormEncoding.Parse("?z=1&a=2&m=3", AlipayCharset.Utf8);

        Assert.Equal(["z", "a", "m"], parameters.Keys);
    }

    [Fact]
    public void Empty_values_names_without_equals_and_empty_pairs_are_handled()
    {
        var parameters = AlipayFormEncoding.Parse("a=&b&&c=1=2", AlipayCharset.Utf8);

        Assert.Equal("", parameters["a"]);
        Assert.Equal("", parameters["b"]);
        Assert.Equal("1=2", parameters["c"]);
        Assert.Equal(3, parameters.Count);
    }

    [Fact]
    public void A_percent_sign_not_followed_by_two_hex_digits_is_kept()
    {
        var parameters = AlipayFormEncoding.Parse("a=100%&b=%zz&c=%4", AlipayCharset.Utf8);

        Assert.Equal("100%", parameters["a"]);
        Assert.Equal("%zz", parameters["b"]);
        Assert.Equal("%4", parameters["c"]);
    }

    [Fact]
    public void A_repeated_name_is_refused_and_named()
    {
        var result = AlipayFormEncoding.Read("a=1&b=2&a=3", AlipayCharset.Utf8);

        Assert.Equal(AlipayFormProblem.RepeatedName, result.Problem);
        Assert.Equal("a", result.RepeatedName);
        Assert.Empty(result.Parameters);
        Assert.Equal(3, result.ParameterCount);
        Assert.Contains("'a'", result.Describe());
        Assert.Throws<FormatException>(() => AlipayFormEncoding.Parse("a=1&b=2&a=3", AlipayCharset.Utf8));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(20_000)]
    public void Thousands_of_repeats_of_one_name_are_refused_at_the_second(int repeats)
    {
        var form = string.Join('&', Enumerable.Repeat("a=" + new string('b', 40), repeats));

        var result = AlipayFormEncoding.Read(form, AlipayCharset.Utf8);

        Assert.Equal(AlipayFormProblem.RepeatedName, result.Problem);
        Assert.Equal(repeats, result.ParameterCount);
    }

    [Fact]
    public void A_form_of_exactly_the_most_parameters_allowed_is_read()
    {
        var form = string.Join('&', Enumerable.Range(0, AlipayFormEncoding.MaxParameters).Select(i => $"p{i}={i}"));

        var result = AlipayFormEncoding.Read(form, AlipayCharset.Utf8);

        Assert.False(result.IsRefused);
        Assert.Equal(AlipayFormEncoding.MaxParameters, result.Parameters.Count);
    }

    [Fact]
    public void Two_hundred_thousand_parameters_are_refused_by_the_cap_and_counted()
    {
        var form = Encoding.ASCII.GetBytes(string.Join('&', Enumerable.Range(0, 200_000).Select(i => $"p{i}=v")));

        var result = AlipayFormEncoding.Read(form, AlipayCharset.Utf8);

        Assert.Equal(AlipayFormProblem.TooManyParameters, result.Problem);
        Assert.Empty(result.Parameters);
        Assert.Equal(200_000, result.ParameterCount);
        Assert.Contains("200000 parameters", result.Describe());
    }

    [Fact]
    public void Reading_a_big_form_stops_when_cancelled()
    {
        var form = Encoding.ASCII.GetBytes(string.Join('&', Enumerable.Range(0, 200_000).Select(i => $"p{i}=v")));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => AlipayFormEncoding.Read(form, AlipayCharset.Utf8, cancelled.Token));
    }

    [Fact]
    public void Encode_form_then_parse_gives_every_value_back_in_gbk()
    {
        var original = new[]
        {
            KeyValuePair.Create("_input_charset", "gbk"),
            KeyValuePair.Create("subject", "贝尔金护腕式 #1"),
            KeyValuePair.Create("body", "a=b&c=d 100% + 50"),
            KeyValuePair.Create("notify_id", "abc%2Fdef"),
        };

        var parsed = AlipayFormEncoding.Parse(AlipayFormEncoding.EncodeForm(original, AlipayCharset.Gbk), AlipayCharset.Gbk);

        Assert.Equal(original, parsed);
    }

    [Fact]
    public void Form_names_its_own_charset_through_input_charset()
    {
        var body = Encoding.ASCII.GetBytes("subject=%B2%E2%CA%D4&_input_charset=GBK");

        Assert.True(AlipayFormEncoding.TryDetectCharset(body, AlipayCharset.Utf8, out var charset));
        Assert.Same(AlipayCharset.Gbk, charset);
    }

    [Fact]
    public void Form_without_input_charset_takes_the_charset_the_caller_expects()
    {
        Assert.True(AlipayFormEncoding.TryDetectCharset("subject=x&total_fee=1", AlipayCharset.Utf8, out var charset));
        Assert.Same(AlipayCharset.Utf8, charset);

        Assert.True(AlipayFormEncoding.TryDetectCharset("?_input_charset=", AlipayCharset.GatewayDefault, out charset));
        Assert.Same(AlipayCharset.Gbk, charset);
    }

    [Fact]
    public void The_charset_is_found_behind_thousands_of_other_parameters_without_decoding_them()
    {
        var body = string.Join('&', Enumerable.Repeat("a=" + new string('b', 40), 20_000)) + "&_input_charset=gbk";

        Assert.True(AlipayFormEncoding.TryDetectCharset(body, AlipayCharset.Utf8, out var charset));
        Assert.Same(AlipayCharset.Gbk, charset);
    }

    [Fact]
    public void Form_naming_an_unknown_charset_is_refused()
    {
        Assert.False(AlipayFormEncoding.TryDetectCharset("_input_charset=big5", AlipayCharset.Utf8, out _));
    }
}
