namespace Shop.Web.Areas.Admin.Features.Shared;

/// <summary>What can be wrong with a field of an admin form. The values a problem names are those of its <see cref="FieldError"/>.</summary>
public enum FormProblem
{
    /// <summary>Longer than the field allows (the limit).</summary>
    TooLong,

    NameMissing,

    /// <summary>No slug was typed and the name has no letters or digits to make one from.</summary>
    SlugCannotSuggest,

    SlugInvalid,

    /// <summary>Another item uses the slug (the slug, the other item's name).</summary>
    SlugTaken,

    SortOrderNotANumber,
    PriceMissing,
    PriceNotANumber,
    PriceNotPositive,
    PriceTooManyDecimals,
    PriceTooHigh,
    CategoryMissing,
    KindMissing,
    DeliveryMissing,
    StockNotACount,

    /// <summary>Orders changed the stock while the form was open (the stock now).</summary>
    StockChangedMeanwhile,

    ImageEmpty,

    /// <summary>The largest picture accepted, in bytes.</summary>
    ImageTooLarge,

    ImageIsSvg,
    ImageNotAPicture,
    DownloadMissing,
    DownloadEmpty,

    /// <summary>The largest download accepted, in bytes.</summary>
    DownloadTooLarge,

    CodesMissing,

    /// <summary>The largest codes file accepted, in bytes.</summary>
    CodesFileTooLarge,

    CodesFileNotText,

    /// <summary>A code longer than a code may be (the limit, the code's start).</summary>
    CodeTooLong,

    /// <summary>A refund amount that is not yuan with at most two decimals, more than 0.</summary>
    RefundAmountInvalid,

    /// <summary>More than can still be refunded (what is left).</summary>
    RefundAmountTooHigh,

    RefundReasonMissing,

    CarrierMissing,
    TrackingNumberMissing,
    TransportTypeMissing,

    /// <summary>Another save came first; the form is shown again to be checked.</summary>
    ChangedMeanwhile,

    /// <summary>Like <see cref="ChangedMeanwhile"/>, and most likely an order that took stock.</summary>
    ProductChangedMeanwhile,

    /// <summary>Another save came first; the same upload can simply be tried again.</summary>
    ChangedMeanwhileTryAgain,
}
