using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class AlipayNotificationVerifierTests
{
    private const string Partner = "2088101568338364";
    private const string Key = "0123456789abcdefghijklmnopqrstuv";
    private static readonly AlipayMerchant Merchant = new(Partner, Key, "seller@example.com");

    private static AlipayNotification Signed(AlipayCharset charset, Action<Dictionary<string, string>>? change = null)
    {
        var parameters = new Dictionary<string, string>
        {
            ["notify_time"] = "2025-01-02 03:04:05",
            ["notify_type"] = "trade_status_sync",
            ["notify_id"] = "RqPnCoPT3K9%2Fvwbh3InWfjSqg",
            ["out_trade_no"] = "SO20250101001",
            ["trade_no"] = "2025010222001456780500123456",
            ["subject"] = "测试订单",
            ["trade_status"] = "TRADE_SUCCESS",
            ["total_fee"] = "10.50",
            ["seller_id"] = Partner,
            ["seller_email"] = "seller@example.com",
            ["buyer_email"] = "buyer@example.com",
        };
        change?.Invoke(parameters);
        parameters["sign"] = AlipaySignature.Sign(parameters, Key, charset);
        parameters["sign_type"] = "MD5";
        return AlipayNotification.Parse(parameters);
    }

    private static AlipayNotification Tampered(AlipayNotification notification, string name, string? value)
    {
        var parameters = notification.Parameters.ToDictionary();
        if (value is null)
        {
            parameters.Remove(name);
        }
        else
        {
            parameters[name] = value;
        }

        return AlipayNotification.Parse(parameters);
    }

    [Fact]
    public async Task Genuine_notification_confirmed_by_notify_verify_is_verified()
    {
        var gateway = new FakeNotifyIdVerification(NotifyIdAnswer.True);
        var verifier = new AlipayNotificationVerifier(Merchant, gateway);

        var result = await verifier.VerifyAsync(Signed(AlipayCharset.Utf8), AlipayCharset.Utf8);

        Assert.True(result.IsVerified);
        Assert.False(result.IsTransient);
        Assert.Equal(AlipayVerificationFailure.None, result.Failure);
        Assert.Equal([(Partner, "RqPnCoPT3K9%2Fvwbh3InWfjSqg")], gateway.Calls);
    }

    [Fact]
    public async Task Signature_covers_parameters_that_no_fixed_list_would_know()
    {
        var notification = Signed(AlipayCharset.Utf8, p => p["a_brand_new_parameter"] = "1");
        var verifier = new AlipayNotificationVerifier(Merchant, new FakeNotifyIdVerification(NotifyIdAnswer.True));

        Assert.True((await verifier.VerifyAsync(notification, AlipayCharset.Utf8)).IsVerified);
        Assert.False(verifier.VerifySignature(Tampered(notification, "a_brand_new_parameter", "2"), AlipayCharset.Utf8).IsVerified);
    }

    [Fact]
    public async Task Changed_amount_fails_on_the_signature_without_asking_the_gateway()
    {
        var gateway = new FakeNotifyIdVerification(NotifyIdAnswer.True);
        var verifier = new AlipayNotificationVerifier(Merchant, gateway);

        var result = await verifier.VerifyAsync(Tampered(Signed(AlipayCharset.Utf8), "total_fee", "0.01"), AlipayCharset.Utf8);

        Assert.Equal(AlipayVerificationFailure.SignatureMismatch, result.Failure);
        Assert.Contains("does not match", result.Reason);
        Assert.Empty(gateway.Calls);
    }

    [Fact]
    public async Task Gbk_notification_checked_as_utf8_fails_on_the_signature_and_names_the_charset()
    {
        var verifier = new AlipayNotificationVerifier(Merchant, new FakeNotifyIdVerification(NotifyIdAnswer.True));
        var notification = Signed(AlipayCharset.Gbk);

        var wrong = await verifier.VerifyAsync(notification, AlipayCharset.Utf8);
        var right = await verifier.VerifyAsync(notification, AlipayCharset.Gbk);

        Assert.Equal(AlipayVerificationFailure.SignatureMismatch, wrong.Failure);
        Assert.Contains("utf-8", wrong.Reason);
        Assert.True(right.IsVerified);
    }

    [Fact]
    public void Missing_sign_fails_the_signature()
    {
        var verifier = new AlipayNotificationVerifier(Merchant, new FakeNotifyIdVerification(NotifyIdAnswer.True));

        var result = verifier.VerifySignature(Tampered(Signed(AlipayCharset.Utf8), "sign", null), AlipayCharset.Utf8);

        Assert.Equal(AlipayVerificationFailure.SignatureMismatch, result.Failure);
        Assert.Contains("no sign", result.Reason);
    }

    [Theory]
    [InlineData("RSA")]
    [InlineData(null)]
    public void Sign_type_other_than_md5_fails(string? signType)
    {
        var verifier = new AlipayNotificationVerifier(Merchant, new FakeNotifyIdVerification(NotifyIdAnswer.True));

        var result = verifier.VerifySignature(Tampered(Signed(AlipayCharset.Utf8), "sign_type", signType), AlipayCharset.Utf8);

        Assert.Equal(AlipayVerificationFailure.SignTypeNotMd5, result.Failure);
    }

    [Fact]
    public void Upper_case_sign_fails()
    {
        var verifier = new AlipayNotificationVerifier(Merchant, new FakeNotifyIdVerification(NotifyIdAnswer.True));
        var notification = Signed(AlipayCharset.Utf8);

        var result = verifier.VerifySignature(Tampered(notification, "sign", notification.Sign!.ToUpperInvariant()), AlipayCharset.Utf8);

        Assert.Equal(AlipayVerificationFailure.SignatureMismatch, result.Failure);
    }

    [Fact]
    public async Task Notification_signed_with_another_key_fails()
    {
        var otherMerchant = new AlipayMerchant(Partner, "vutsrqponmlkjihgfedcba9876543210", "seller@example.com");
        var verifier = new AlipayNotificationVerifier(otherMerchant, new FakeNotifyIdVerification(NotifyIdAnswer.True));

        var result = await verifier.VerifyAsync(Signed(AlipayCharset.Utf8), AlipayCharset.Utf8);

        Assert.Equal(AlipayVerificationFailure.SignatureMismatch, result.Failure);
    }

    [Fact]
    public async Task Seller_id_of_another_partner_fails_even_when_correctly_signed()
    {
        var gateway = new FakeNotifyIdVerification(NotifyIdAnswer.True);
        var verifier = new AlipayNotificationVerifier(Merchant, gateway);

        var result = await verifier.VerifyAsync(Signed(AlipayCharset.Utf8, p => p["seller_id"] = "2088999999999999"), AlipayCharset.Utf8);

        Assert.Equal(AlipayVerificationFailure.PartnerMismatch, result.Failure);
        Assert.Contains("2088999999999999", result.Reason);
        Assert.Empty(gateway.Calls);
    }

    [Fact]
    public async Task Seller_email_other_than_the_configured_one_fails()
    {
        var verifier = new AlipayNotificationVerifier(Merchant, new FakeNotifyIdVerification(NotifyIdAnswer.True));

        var result = await verifier.VerifyAsync(Signed(AlipayCharset.Utf8, p => p["seller_email"] = "thief@example.com"), AlipayCharset.Utf8);

        Assert.Equal(AlipayVerificationFailure.SellerMismatch, result.Failure);
        Assert.Contains("thief@example.com", result.Reason);
    }

    [Fact]
    public async Task Seller_email_differing_only_in_case_is_the_same_account()
    {
        var verifier = new AlipayNotificationVerifier(Merchant, new FakeNotifyIdVerification(NotifyIdAnswer.True));

        var result = await verifier.VerifyAsync(Signed(AlipayCharset.Utf8, p => p["seller_email"] = "Seller@Example.com"), AlipayCharset.Utf8);

        Assert.True(result.IsVerified);
    }

    [Fact]
    public async Task Seller_email_is_not_compared_when_none_is_configured()
    {
        var merchant = new AlipayMerchant(Partner, Key);
        var verifier = new AlipayNotificationVerifier(merchant, new FakeNotifyIdVerification(NotifyIdAnswer.True));

        var result = await verifier.VerifyAsync(Signed(AlipayCharset.Utf8, p => p["seller_email"] = "anyone@example.com"), AlipayCharset.Utf8);

        Assert.True(result.IsVerified);
    }

    [Fact]
    public async Task A_notification_that_names_no_seller_fails_and_never_reaches_notify_verify()
    {
        var gateway = new FakeNotifyIdVerification(NotifyIdAnswer.True);
        var verifier = new AlipayNotificationVerifier(Merchant, gateway);

        var result = await verifier.VerifyAsync(
            Signed(AlipayCharset.Utf8, p =>
            {
                p.Remove("seller_id");
                p.Remove("seller_email");
            }),
            AlipayCharset.Utf8);

        Assert.Equal(AlipayVerificationFailure.SellerMismatch, result.Failure);
        Assert.Empty(gateway.Calls);
    }

    [Fact]
    public async Task Seller_email_alone_is_enough_when_it_is_the_configured_one()
    {
        var verifier = new AlipayNotificationVerifier(Merchant, new FakeNotifyIdVerification(NotifyIdAnswer.True));

        var result = await verifier.VerifyAsync(Signed(AlipayCharset.Utf8, p => p.Remove("seller_id")), AlipayCharset.Utf8);

        Assert.True(result.IsVerified);
    }

    [Fact]
    public async Task Seller_email_alone_fails_when_the_shop_has_no_seller_email_to_match_it()
    {
        var verifier = new AlipayNotificationVerifier(new AlipayMerchant(Partner, Key), new FakeNotifyIdVerification(NotifyIdAnswer.True));

        var result = await verifier.VerifyAsync(Signed(AlipayCharset.Utf8, p => p.Remove("seller_id")), AlipayCharset.Utf8);

        Assert.Equal(AlipayVerificationFailure.SellerMismatch, result.Failure);
    }

    [Fact]
    public async Task Notify_verify_answering_false_is_a_final_failure()
    {
        var verifier = new AlipayNotificationVerifier(Merchant, new FakeNotifyIdVerification(NotifyIdAnswer.False));

        var result = await verifier.VerifyAsync(Signed(AlipayCharset.Utf8), AlipayCharset.Utf8);

        Assert.Equal(AlipayVerificationFailure.NotifyIdRejected, result.Failure);
        Assert.False(result.IsTransient);
        Assert.Contains("false", result.Reason);
    }

    [Fact]
    public async Task Notify_verify_answering_invalid_is_a_final_failure()
    {
        var verifier = new AlipayNotificationVerifier(Merchant, new FakeNotifyIdVerification(NotifyIdAnswer.Invalid));

        var result = await verifier.VerifyAsync(Signed(AlipayCharset.Utf8), AlipayCharset.Utf8);

        Assert.Equal(AlipayVerificationFailure.NotifyIdInvalid, result.Failure);
        Assert.False(result.IsTransient);
    }

    [Fact]
    public async Task Unreachable_notify_verify_is_transient_and_told_apart_from_false()
    {
        var verifier = new AlipayNotificationVerifier(Merchant, new FakeNotifyIdVerification(NotifyIdAnswer.Unreachable));

        var result = await verifier.VerifyAsync(Signed(AlipayCharset.Utf8), AlipayCharset.Utf8);

        Assert.Equal(AlipayVerificationFailure.NotifyVerifyUnreachable, result.Failure);
        Assert.True(result.IsTransient);
        Assert.False(result.IsVerified);
        Assert.Contains("no usable answer", result.Reason);
    }

    [Fact]
    public async Task Notification_without_notify_id_fails_without_asking_the_gateway()
    {
        var gateway = new FakeNotifyIdVerification(NotifyIdAnswer.True);
        var verifier = new AlipayNotificationVerifier(Merchant, gateway);

        var result = await verifier.VerifyAsync(Signed(AlipayCharset.Utf8, p => p.Remove("notify_id")), AlipayCharset.Utf8);

        Assert.Equal(AlipayVerificationFailure.NotifyIdMissing, result.Failure);
        Assert.Empty(gateway.Calls);
    }

    [Fact]
    public void Signature_alone_verifies_without_calling_notify_verify()
    {
        var gateway = new FakeNotifyIdVerification(NotifyIdAnswer.False);
        var verifier = new AlipayNotificationVerifier(Merchant, gateway);

        var result = verifier.VerifySignature(Signed(AlipayCharset.Gbk), AlipayCharset.Gbk);

        Assert.True(result.IsVerified);
        Assert.Empty(gateway.Calls);
    }

    [Fact]
    public async Task Return_with_is_success_and_exterface_is_verified_over_those_too()
    {
        var notification = Signed(AlipayCharset.Utf8, p =>
        {
            p["is_success"] = "T";
            p["exterface"] = "create_direct_pay_by_user";
        });
        var verifier = new AlipayNotificationVerifier(Merchant, new FakeNotifyIdVerification(NotifyIdAnswer.True));

        Assert.True((await verifier.VerifyAsync(notification, AlipayCharset.Utf8)).IsVerified);
        Assert.False(verifier.VerifySignature(Tampered(notification, "is_success", null), AlipayCharset.Utf8).IsVerified);
    }

    private sealed class FakeNotifyIdVerification(NotifyIdAnswer answer) : INotifyIdVerification
    {
        public List<(string Partner, string NotifyId)> Calls { get; } = [];

        public Task<NotifyIdAnswer> CheckAsync(string partner, string notifyId, CancellationToken cancellationToken)
        {
            Calls.Add((partner, notifyId));
            return Task.FromResult(answer);
        }
    }
}
