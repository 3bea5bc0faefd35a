using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>
/// Orders as a CSV file for a spreadsheet: UTF-8 with a byte order mark, without which Excel
/// reads the Chinese as GBK and garbles it; fields quoted as RFC 4180 says; headers and words in
/// the admin's language, amounts and times in one fixed format (China time).
/// </summary>
public static class OrderCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IEnumerable<Order> orders, IStringLocalizer localizer)
    {
        var csv = new StringBuilder();
        AppendRow(csv,
        [
            localizer["Order number"], localizer["Created (China time)"], localizer["Kind"], localizer["Status"],
            localizer["Payment"], localizer["Buyer email"], localizer["Receiver"], localizer["Goods total"],
            localizer["Logistics fee"], localizer["Total"], localizer["Amount paid"], localizer["Alipay trade number"],
            localizer["Refunded amount"],
        ]);
        foreach (var order in orders)
        {
            AppendRow(csv,
            [
                order.Number,
                ChinaTime.FormatToMinute(order.CreatedAt),
                localizer[OrderText.Kind(order.Kind)],
                localizer[OrderText.Status(order.Status, order.Kind, order.PaymentState)],
                localizer[OrderText.Payment(order.PaymentState)],
                Text(order.BuyerEmail),
                Text(order.ShippingAddress?.ReceiverName),
                Amount(order.GoodsTotal),
                Amount(order.Logistics?.FeeToBuyer),
                Amount(order.Total),
                Amount(order.AmountPaid),
                Text(order.AlipayTradeNo),
                Amount(order.AmountRefunded),
            ]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Quote));
        csv.Append("\r\n");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    private static string Amount(decimal? amount) =>
        amount is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "";

    /// <summary>
    /// What a buyer typed, made harmless for a spreadsheet: a cell that starts like a formula
    /// (= + - @) would be run by Excel, so it gets a leading apostrophe and stays text.
    /// </summary>
    private static string Text(string? value) =>
        value is { Length: > 0 } && "=+-@\t\r".Contains(value[0]) ? "'" + value : value ?? "";
}
