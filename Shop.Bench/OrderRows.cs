using System.Globalization;
using Microsoft.Data.Sqlite;
using Shop.Domain.Shipping;

namespace Shop.Bench;

/// <summary>
/// Orders written straight into the shop's tables, as checkout and payment would have left them
/// (the columns of Shop.Web/Data/Configurations/OrderConfiguration.cs): the year of history, the
/// signed-in buyer's order, and the unpaid orders the notification storm pays.
/// </summary>
public sealed class OrderRows
{
    public const decimal LogisticsFee = 12.00m;

    private readonly SqliteCommand _order;
    private readonly SqliteCommand _line;
    private readonly SqliteCommand _lastId;

    public sealed record Line(int ProductId, string? NameZh, string? NameEn, decimal Price, int Quantity, string Kind, string Delivery);

    public OrderRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        _order = BenchDatabase.Command(connection, transaction,
            """
            INSERT INTO "Orders" ("Number", "Kind", "Status", "PaymentState", "UserId", "BuyerEmail", "PaymentService", "GoodsTotal",
                "LogisticsType", "LogisticsFee", "LogisticsPayment", "ReceiverName", "ReceiverAddress", "ReceiverZip", "ReceiverMobile",
                "DonorName", "DonorMessage", "DonorIsAnonymous", "DonorMessageHidden",
                "CreatedAt", "PayBefore", "AlipayTradeNo", "AlipayBuyerAccount", "PaidAt", "AmountPaid", "CompletedAt", "PaidAfterClosing", "Version")
            VALUES (@number, @kind, @status, @payment, @user, @email, @service, @goods,
                @logistics, @fee, @feePayment, @receiver, @address, @zip, @mobile,
                @donor, @message, @anonymous, @hidden,
                @created, @payBefore, @tradeNo, @buyer, @paid, @amount, @completed, 0, 0)
            """);
        _line = BenchDatabase.Command(connection, transaction,
            """
            INSERT INTO "OrderLine" ("ProductId", "ProductNameZh", "ProductNameEn", "UnitPrice", "Quantity", "Kind", "Delivery", "OrderId")
            VALUES (@product, @nameZh, @nameEn, @price, @quantity, @kind, @delivery, @order)
            """);
        _lastId = BenchDatabase.Command(connection, transaction, "SELECT last_insert_rowid()");
    }

    /// <summary>An order number as the shop makes them: 14 digits of Beijing time, 6 more that tell orders of the same second apart.</summary>
    public static string Number(DateTime utc, int sequence) =>
        utc.AddHours(8).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + (sequence % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static decimal Total(IEnumerable<Line> lines) => lines.Sum(l => l.Price * l.Quantity) + LogisticsFee;

    public Task AddCompletedGoodsAsync(string number, string userId, DateTime placed, IReadOnlyList<Line> lines) =>
        AddGoodsAsync(number, userId, placed, lines, paid: true);

    /// <summary>Physical goods paid through escrow (trade_create_by_buyer), not paid yet.</summary>
    public Task AddUnpaidGoodsAsync(string number, string userId, DateTime placed, IReadOnlyList<Line> lines) =>
        AddGoodsAsync(number, userId, placed, lines, paid: false);

    public async Task AddCompletedDonationAsync(string number, decimal amount, DateTime placed, string donor)
    {
        Reset();
        Set("@number", number);
        Set("@kind", "Donation");
        Set("@status", "Completed");
        Set("@payment", "Paid");
        Set("@service", "create_donate_trade_p");
        Set("@goods", amount);
        Set("@donor", donor);
        Set("@message", "Keep up the good work.");
        Set("@anonymous", false);
        Set("@hidden", false);
        SetPaid(placed, amount);
        await _order.ExecuteNonQueryAsync();
    }

    private async Task AddGoodsAsync(string number, string userId, DateTime placed, IReadOnlyList<Line> lines, bool paid)
    {
        Reset();
        var goods = lines.Sum(l => l.Price * l.Quantity);
        Set("@number", number);
        Set("@kind", "Physical");
        Set("@status", paid ? "Completed" : "PendingPayment");
        Set("@payment", paid ? "Paid" : "Unpaid");
        Set("@user", userId);
        Set("@email", "customer@bench.local");
        Set("@service", "trade_create_by_buyer");
        Set("@goods", goods);
        Set("@logistics", nameof(LogisticsType.Express));
        Set("@fee", LogisticsFee);
        Set("@feePayment", nameof(LogisticsPayment.BuyerPay));
        Set("@receiver", "张三");
        Set("@address", "浙江省杭州市西湖区文三路 1 号");
        Set("@zip", "310000");
        Set("@mobile", "13800000000");
        Set("@created", placed);
        Set("@payBefore", paid ? placed.AddHours(2) : DateTime.UtcNow.AddDays(1));
        if (paid)
        {
            SetPaid(placed, goods + LogisticsFee);
        }
        await _order.ExecuteNonQueryAsync();
        var orderId = (long)(await _lastId.ExecuteScalarAsync())!;
        foreach (var line in lines)
        {
            _line.Parameters["@product"].Value = line.ProductId;
            _line.Parameters["@nameZh"].Value = (object?)line.NameZh ?? DBNull.Value;
            _line.Parameters["@nameEn"].Value = (object?)line.NameEn ?? DBNull.Value;
            _line.Parameters["@price"].Value = line.Price;
            _line.Parameters["@quantity"].Value = line.Quantity;
            _line.Parameters["@kind"].Value = line.Kind;
            _line.Parameters["@delivery"].Value = line.Delivery;
            _line.Parameters["@order"].Value = orderId;
            await _line.ExecuteNonQueryAsync();
        }
    }

    private void SetPaid(DateTime placed, decimal amount)
    {
        Set("@created", placed);
        Set("@payBefore", placed.AddHours(2));
        Set("@tradeNo", "2025" + placed.Ticks.ToString(CultureInfo.InvariantCulture));
        Set("@buyer", "buyer@alipay.bench");
        Set("@paid", placed.AddMinutes(3));
        Set("@amount", amount);
        Set("@completed", placed.AddDays(5));
    }

    private void Reset()
    {
        foreach (SqliteParameter parameter in _order.Parameters)
        {
            parameter.Value = DBNull.Value;
        }
    }

    private void Set(string name, object value) => _order.Parameters[name].Value = value;
}
