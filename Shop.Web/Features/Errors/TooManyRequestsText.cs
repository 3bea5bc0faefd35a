using Microsoft.Extensions.Localization;

namespace Shop.Web.Features.Errors;

/// <summary>How long to wait before trying a rate-limited form again, in words.</summary>
public static class TooManyRequestsText
{
    public static string Wait(int seconds, IStringLocalizer localizer) => seconds < 120
        ? localizer["Please wait {0} seconds and try again.", seconds]
        : localizer["Please wait {0} minutes and try again.", (seconds + 59) / 60];
}
