using Microsoft.Extensions.Localization;
using Shop.Domain.Payments.Alipay;
using Shop.Domain.Shipping;

namespace Shop.Web.Features.Checkout;

/// <summary>What the checkout page says about an address problem.</summary>
public static class AddressProblemText
{
    public static string Describe(AddressProblem problem, IStringLocalizer localizer) => problem.Kind switch
    {
        AddressProblemKind.Required when problem.Field == "logisticsType" => localizer["Choose how to ship."],
        AddressProblemKind.Required when problem.Field == "receiveName" => localizer["Enter the receiver's name."],
        AddressProblemKind.Required when problem.Field == "receiveAddress" => localizer["Enter the street address."],
        AddressProblemKind.Required => localizer["Enter the 6-digit postcode."],
        AddressProblemKind.TooLong => localizer["At most {0} characters.", problem.Limit ?? 0],
        AddressProblemKind.ForbiddenCharacters => localizer["Please leave out {0} and line breaks: Alipay cannot carry them.", AlipayFreeText.ForbiddenCharacters],
        AddressProblemKind.InvalidZip => localizer["Enter the 6-digit postcode."],
        AddressProblemKind.InvalidPhone => localizer["Enter a phone number such as 0571-88888888."],
        AddressProblemKind.InvalidMobile => localizer["Enter an 11-digit mobile number such as 13800138000."],
        _ => localizer["Enter a mobile or a phone number so the courier can reach you."],
    };
}
