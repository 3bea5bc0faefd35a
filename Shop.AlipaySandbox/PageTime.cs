using System.Globalization;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>How the sandbox's pages show a time: Beijing time, to the minute, as Alipay's own pages do.</summary>
public static class PageTime
{
    public static string Format(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))
            .ToOffset(BeijingTime.Offset)
            .ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateTime? utc) => utc is { } value ? Format(value) : "";
}
