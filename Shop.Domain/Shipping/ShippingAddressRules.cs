using System.Text.RegularExpressions;
using Shop.Domain.Payments.Alipay;

namespace Shop.Domain.Shipping;

/// <summary>What a mainland China delivery address needs: a name, a street address, a six-digit postcode and a way to call.</summary>
public static partial class ShippingAddressRules
{
    public const int NameMaxLength = 50;
    public const int AddressMaxLength = 200;

    public static IReadOnlyList<AddressProblem> Validate(string? name, string? address, string? zip, string? phone, string? mobile)
    {
        var problems = new List<AddressProblem>();
        // Every field is signed into the payment request: refused here so the buyer can fix it,
        // rather than changed silently at the gateway (AlipayFreeText).
        foreach (var (field, value) in new[] { ("receiveName", name), ("receiveAddress", address), ("receiveZip", zip), ("receivePhone", phone), ("receiveMobile", mobile) })
        {
            if (!AlipayFreeText.IsClean(value))
            {
                problems.Add(new AddressProblem(field, AddressProblemKind.ForbiddenCharacters));
            }
        }
        if (problems.Count > 0)
        {
            return problems;
        }

        Text("receiveName", name, NameMaxLength, problems);
        Text("receiveAddress", address, AddressMaxLength, problems);

        if (string.IsNullOrWhiteSpace(zip))
        {
            problems.Add(new AddressProblem("receiveZip", AddressProblemKind.Required));
        }
        else if (!ZipPattern().IsMatch(zip.Trim()))
        {
            problems.Add(new AddressProblem("receiveZip", AddressProblemKind.InvalidZip));
        }

        var hasPhone = !string.IsNullOrWhiteSpace(phone);
        var hasMobile = !string.IsNullOrWhiteSpace(mobile);
        if (!hasPhone && !hasMobile)
        {
            problems.Add(new AddressProblem("receiveMobile", AddressProblemKind.PhoneOrMobileRequired));
        }
        if (hasPhone && !PhonePattern().IsMatch(phone!.Trim()))
        {
            problems.Add(new AddressProblem("receivePhone", AddressProblemKind.InvalidPhone));
        }
        if (hasMobile && !MobilePattern().IsMatch(mobile!.Trim()))
        {
            problems.Add(new AddressProblem("receiveMobile", AddressProblemKind.InvalidMobile));
        }
        return problems;
    }

    /// <summary>The address as it will be sent, once <see cref="Validate"/> found no problem.</summary>
    public static ShippingAddress Create(string name, string address, string zip, string? phone, string? mobile) =>
        Validate(name, address, zip, phone, mobile).Count == 0
            ? new ShippingAddress(name.Trim(), address.Trim(), zip.Trim(), Blank(phone), Blank(mobile))
            : throw new ArgumentException("The address is not valid.");

    private static void Text(string field, string? value, int maxLength, List<AddressProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new AddressProblem(field, AddressProblemKind.Required));
        }
        else if (value.Trim().Length > maxLength)
        {
            problems.Add(new AddressProblem(field, AddressProblemKind.TooLong, maxLength));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex ZipPattern();

    // Landlines as people write them: 0571-88888888, (010) 1234 5678, 0086 571 8888 8888 (a "+" is
    // refused above: it cannot be signed).
    [GeneratedRegex(@"^(?=(?:\D*\d){7,15}\D*$)[\d\- ()]{7,25}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePattern();
}
