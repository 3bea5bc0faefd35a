using System.Globalization;
using Shop.Domain.Catalog;
using Shop.Web.Areas.Admin.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// How a product's typed fields are read and checked, the same for the product form and the CSV
/// import: what is wrong is added to the errors, named by the form's field.
/// </summary>
public static class ProductFieldRules
{
    public static decimal ReadPrice(string? typed, List<FieldError> errors)
    {
        FormProblem? problem = Price.TryParse(typed, out var price) switch
        {
            PriceProblem.None => null,
            PriceProblem.Missing => FormProblem.PriceMissing,
            PriceProblem.NotANumber => FormProblem.PriceNotANumber,
            PriceProblem.NotPositive => FormProblem.PriceNotPositive,
            PriceProblem.TooManyDecimals => FormProblem.PriceTooManyDecimals,
            _ => FormProblem.PriceTooHigh,
        };
        if (problem is { } refused)
        {
            errors.Add(new(nameof(ProductForm.Price), refused));
        }
        return price;
    }

    /// <summary>Units on the shelf: a whole number, 0 or more.</summary>
    public static int ReadStock(string? typed, List<FieldError> errors)
    {
        if (TryReadCount(typed, out var stock))
        {
            return stock;
        }
        errors.Add(new(nameof(ProductForm.Stock), FormProblem.StockNotACount));
        return 0;
    }

    public static bool TryReadCount(string? text, out int count) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count);
}
