using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Shop.Web.Features.Payments;

namespace Shop.Web.Features.Mail;

/// <summary>
/// Puts a message in words in the recipient's language and lays it out, signed with the shop's
/// name (<c>Shop:Name</c>, else the shop's name in that language) and public address.
/// </summary>
public class MailWriter(IStringLocalizer<SharedResource> localizer, IConfiguration configuration, IOptionsMonitor<AlipayOptions> alipay)
{
    public RenderedMail Write(string culture, Func<IStringLocalizer, string, MailContent> compose)
    {
        var language = MailCulture.Of(culture);
        using (MailCulture.Use(language))
        {
            var shopName = configuration["Shop:Name"] is { Length: > 0 } name ? name : localizer["Shop"].Value;
            var content = compose(localizer, shopName);
            return MailLayout.Render(content, shopName, alipay.CurrentValue.PublicBaseUrl.TrimEnd('/') + "/", language);
        }
    }
}
