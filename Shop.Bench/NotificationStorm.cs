using System.Diagnostics;
using System.Globalization;
using Shop.Domain.Payments.Alipay;

namespace Shop.Bench;

/// <summary>What the storm came to: its speed, and whether every order ended exactly as its notifications say.</summary>
public sealed record StormResult(
    int Orders, int Notifications, int Senders, TimeSpan Elapsed, TimeSpan ServerCpu,
    int ServerErrors, int FailAnswers, int WrongStates, int VerifyCallsMin, int VerifyCallsMax)
{
    public double PerSecond => Notifications / Elapsed.TotalSeconds;

    /// <summary>The storm sent before this one to warm the shop up, not counted in this one's speed.</summary>
    public StormResult? WarmUp { get; init; }
}

/// <summary>
/// The bench acting as Alipay: for every unpaid order, the paying notification (WAIT_SELLER_SEND_GOODS,
/// signed with the shop's key like the real gateway's) and copies of it, sent in random order a few
/// dozen at a time. Afterwards each order must be paid into escrow and awaiting shipment, with one
/// notify_verify for it.
/// </summary>
public static class NotificationStorm
{
    public static async Task<StormResult> RunAsync(
        ShopServer server, FakeAlipayGateway gateway, IReadOnlyList<(string Number, decimal Total)> orders, int copies, int senders)
    {
        var random = new Random(CatalogFile.Seed + 2);
        var notifications = new List<(string Number, string Body)>();
        foreach (var (number, total) in orders)
        {
            var body = Notification(number, total, random);
            notifications.AddRange(Enumerable.Repeat((number, body), copies + 1));
        }
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(notifications));

        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var (serverErrors, failAnswers) = (0, 0);
        var cpuBefore = server.CpuTime();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(notifications, new ParallelOptions { MaxDegreeOfParallelism = senders }, async (notification, cancellationToken) =>
        {
            using var content = new StringContent(notification.Body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
            using var response = await client.PostAsync("/payments/alipay/notify", content, cancellationToken);
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            if ((int)response.StatusCode >= 500)
            {
                Interlocked.Increment(ref serverErrors);
            }
            else if (answer != "success")
            {
                Interlocked.Increment(ref failAnswers);
            }
        });
        clock.Stop();
        var cpu = server.CpuTime() - cpuBefore;

        var verifyCalls = orders.Select(o => gateway.VerifyCalls.GetValueOrDefault(NotifyId(o.Number))).ToList();
        return new StormResult(orders.Count, notifications.Count, senders, clock.Elapsed, cpu, serverErrors, failAnswers, 0,
            verifyCalls.Min(), verifyCalls.Max());
    }

    public static string NotifyId(string orderNumber) => "bench" + orderNumber;

    private static string Notification(string number, decimal total, Random random)
    {
        var now = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var parameters = new Dictionary<string, string>
        {
            ["notify_time"] = now,
            ["notify_type"] = "trade_status_sync",
            ["notify_id"] = NotifyId(number),
            ["out_trade_no"] = number,
            ["trade_no"] = "2026" + random.NextInt64(1_000_000_000_000L, 9_999_999_999_999L).ToString(CultureInfo.InvariantCulture),
            ["subject"] = "Bench order " + number,
            ["payment_type"] = "1",
            ["trade_status"] = "WAIT_SELLER_SEND_GOODS",
            ["seller_id"] = ShopCommand.Partner,
            ["seller_email"] = BenchDatabase.SellerEmail,
            ["buyer_id"] = "2088" + random.NextInt64(100_000_000_000L, 999_999_999_999L).ToString(CultureInfo.InvariantCulture),
            ["buyer_email"] = "buyer@alipay.bench",
            ["price"] = AlipayAmount.Format(total - OrderRows.LogisticsFee),
            ["quantity"] = "1",
            ["total_fee"] = AlipayAmount.Format(total),
            ["logistics_type"] = "EXPRESS",
            ["logistics_fee"] = AlipayAmount.Format(OrderRows.LogisticsFee),
            ["logistics_payment"] = "BUYER_PAY",
            ["gmt_create"] = now,
            ["gmt_payment"] = now,
            ["is_total_fee_adjust"] = "N",
            ["use_coupon"] = "N",
            ["discount"] = "0.00",
        };
        parameters["sign"] = AlipaySignature.Sign(parameters, ShopCommand.Key, AlipayCharset.Utf8);
        parameters["sign_type"] = AlipaySignature.SignTypeMd5;
        return AlipayFormEncoding.EncodeForm(parameters, AlipayCharset.Utf8);
    }
}
