using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Shop.Domain.Catalog;
using Shop.Web.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.Shared;

/// <summary>What the admin's forms say about a problem, in the admin's language, next to the field it concerns.</summary>
public static class FormProblemText
{
    public static string Describe(FieldError error, IStringLocalizer localizer) => error.Problem switch
    {
        FormProblem.TooLong => localizer["At most {0} characters.", error.Values],
        FormProblem.NameMissing => localizer["Enter a name in Chinese, in English, or both."],
        FormProblem.SlugCannotSuggest => localizer["Enter a slug: the name has no letters or digits to make one from."],
        FormProblem.SlugInvalid => localizer["Use lower-case letters, digits and single hyphens, like green-tea-100g."],
        FormProblem.SlugTaken => localizer["The slug “{0}” is already used by “{1}”.", error.Values[0], ((LocalizedText)error.Values[1]).InUiLanguage()],
        FormProblem.SortOrderNotANumber => localizer["Enter the sort order as a whole number, like 0 or 10."],
        FormProblem.PriceMissing => localizer["Enter a price."],
        FormProblem.PriceNotANumber => localizer["Enter the price in yuan with digits and a dot, like 12 or 12.50."],
        FormProblem.PriceNotPositive => localizer["The price must be more than 0."],
        FormProblem.PriceTooManyDecimals => localizer["Use at most two decimals (fen)."],
        FormProblem.PriceTooHigh => localizer["The price can be at most {0}.", Yuan.Format(Price.Max)],
        FormProblem.CategoryMissing => localizer["Choose a category."],
        FormProblem.KindMissing => localizer["Choose physical or virtual."],
        FormProblem.DeliveryMissing => localizer["Choose how buyers get a virtual product: a code or a file."],
        FormProblem.StockNotACount => localizer["Enter the stock as a whole number, 0 or more."],
        FormProblem.StockChangedMeanwhile => localizer["Orders changed the stock to {0} while you were editing. Check the number and save again.", error.Values],
        FormProblem.ImageEmpty => localizer["The picture file is empty."],
        FormProblem.ImageTooLarge => localizer["The picture is too large: the largest accepted is {0}.", Size(error)],
        FormProblem.ImageIsSvg => localizer["SVG pictures are not accepted because they can carry scripts. Upload a JPEG, PNG, WebP or GIF picture."],
        FormProblem.ImageNotAPicture => localizer["This file is not a JPEG, PNG, WebP or GIF picture."],
        FormProblem.DownloadMissing => localizer["Choose the file buyers will download."],
        FormProblem.DownloadEmpty => localizer["The file is empty."],
        FormProblem.DownloadTooLarge => localizer["The file is too large: the largest accepted is {0}.", Size(error)],
        FormProblem.CodesMissing => localizer["Paste codes or choose a .txt file: one code per line."],
        FormProblem.CodesFileTooLarge => localizer["The codes file is too large: the largest accepted is {0}.", Size(error)],
        FormProblem.CodesFileNotText => localizer["The codes file must be plain text, one code per line."],
        FormProblem.CodeTooLong => localizer["A code is at most {0} characters; this one is longer: {1}…", error.Values],
        FormProblem.RefundAmountInvalid => localizer["Enter the amount to refund in yuan with digits and a dot, more than 0 and with at most two decimals, like 12.50."],
        FormProblem.RefundAmountTooHigh => localizer["At most {0} can still be refunded.", error.Values],
        FormProblem.RefundReasonMissing => localizer["Enter the reason for the refund: the buyer sees it on Alipay."],
        FormProblem.CarrierMissing => localizer["Enter the carrier, like SF Express."],
        FormProblem.TrackingNumberMissing => localizer["Enter the tracking number."],
        FormProblem.TransportTypeMissing => localizer["Choose how the goods travel: express, post or EMS."],
        FormProblem.ProductChangedMeanwhile => localizer["The product changed while you were editing it (an order took stock, say). Please check the form and save again."],
        FormProblem.ChangedMeanwhileTryAgain => localizer["Another change came first. Please try again."],
        _ => localizer["Another change came first. Please check the form and save again."],
    };

    /// <summary>Shows each problem next to its field, the field named as posted after <paramref name="prefix"/> (<c>Form.</c>, say).</summary>
    public static void AddFieldErrors(
        this ModelStateDictionary modelState, IEnumerable<FieldError> errors, IStringLocalizer localizer, string prefix = "")
    {
        foreach (var error in errors)
        {
            modelState.AddModelError(error.Field.Length == 0 ? "" : prefix + error.Field, Describe(error, localizer));
        }
    }

    private static string Size(FieldError error) => FileSize.Format(Convert.ToInt64(error.Values[0], CultureInfo.InvariantCulture));
}
