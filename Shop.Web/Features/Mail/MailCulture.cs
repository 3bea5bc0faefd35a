using System.Globalization;
using Shop.Web.Configuration;

namespace Shop.Web.Features.Mail;

/// <summary>
/// The language of a message: the recipient's (as recorded with the order or the account), one
/// of the shop's, the default when unknown. <see cref="Use"/> makes it the current culture while
/// a message is put in words, so the shared resources answer in it.
/// </summary>
public static class MailCulture
{
    public static string Of(string? culture) =>
        LocalizationConfiguration.Cultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase))
        ?? (culture?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : LocalizationConfiguration.DefaultCulture);

    /// <summary>The culture of the request being served, as the shop records it.</summary>
    public static string Current => Of(CultureInfo.CurrentUICulture.Name);

    public static IDisposable Use(string culture) => new Scope(new CultureInfo(Of(culture)));

    private sealed class Scope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public Scope(CultureInfo culture)
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
