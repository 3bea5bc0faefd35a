using Microsoft.AspNetCore.Hosting;
using MimeKit;
using Shop.Tests.Sandbox;

namespace Shop.Tests.Web.Mail;

/// <summary>
/// The test shop sending its mail to a <see cref="TestSmtpServer"/> of its own (started with the
/// shop), with a round of the sender every 50 ms.
/// </summary>
public class MailShopFactory : ShopWebApplicationFactory, IAsyncLifetime
{
    public TestSmtpServer Smtp { get; }

    public MailShopFactory() : this(null)
    {
    }

    protected MailShopFactory((string User, string Password)? login) => Smtp = new TestSmtpServer(login);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Security", "None");
        builder.UseSetting("Mail:From", "Shop <shop@shop.test>");
        builder.UseSetting("Mail:PollIntervalMilliseconds", "50");
    }

    /// <summary>Waits until exactly <paramref name="count"/> messages with this subject text reached the address.</summary>
    public async Task<List<MimeMessage>> MailsAsync(string address, Func<MimeMessage, bool> which, int count = 1)
    {
        await Eventually.Until(() => Smtp.To(address).Count(which) >= count, $"{count} mail(s) to {address}");
        return Smtp.To(address).Where(which).ToList();
    }

    public Task InitializeAsync() => Smtp.StartAsync();

    Task IAsyncLifetime.DisposeAsync() => Smtp.StopAsync();
}
