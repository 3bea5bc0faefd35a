using System.Globalization;
using Shop.Domain.Catalog;

namespace Shop.Web.Features.Shared;

/// <summary>The catalog's language that goes with the page's: English for the en interface, Chinese otherwise.</summary>
public static class UiLanguage
{
    public static Language Current =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? Language.English : Language.Chinese;

    /// <summary>The text in the reader's language, or in the other one when it is missing there.</summary>
    public static string InUiLanguage(this LocalizedText text) => text.In(Current);
}
