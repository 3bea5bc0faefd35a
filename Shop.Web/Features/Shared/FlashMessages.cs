using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Shop.Web.Features.Shared;

public enum FlashKind
{
    /// <summary>What was asked for was done.</summary>
    Message,

    /// <summary>What was asked for was not done, or not all of it: why.</summary>
    Warning,
}

/// <summary>
/// The one-line notice the layout shows at the top of the next page, after a redirect. It is kept
/// in TempData, so it shows once.
/// </summary>
public static class FlashMessages
{
    public static void Flash(this ITempDataDictionary tempData, FlashKind kind, string text) =>
        tempData[Key(kind)] = text;

    /// <summary>The notice of this kind waiting to be shown, if any; reading it uses it up.</summary>
    public static string? Flashed(this ITempDataDictionary tempData, FlashKind kind) =>
        tempData[Key(kind)] as string;

    private static string Key(FlashKind kind) => "Flash." + kind;
}
