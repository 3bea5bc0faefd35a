using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Shop.Tests.Sandbox;
using Shop.Web.Data;
using Shop.Web.Features.Mail;

namespace Shop.Tests.Web.Mail;

/// <summary>The test shop signing in to its SMTP server with a user and password, with every log line kept.</summary>
public class LoggedMailShopFactory() : MailShopFactory(("shop-mailer", Secret))
{
    public const string Secret = "smtp-Pa55word-never-logged";

    public ConcurrentQueue<string> Lines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:User", "shop-mailer");
        builder.UseSetting("Mail:Password", Secret);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(new KeepingLoggerProvider(Lines)));
    }

    private sealed class KeepingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new KeepingLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class KeepingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category}: {formatter(state, exception)} {exception} {state}");
    }
}

public class MailPasswordTests(LoggedMailShopFactory factory) : IClassFixture<LoggedMailShopFactory>
{
    [Fact]
    public async Task Signing_in_to_the_SMTP_server_refused_then_accepted_never_writes_the_password_to_the_logs()
    {
        var recipient = ShopWebApplicationFactory.NewEmail();
        factory.Smtp.Password = "the server wants another one";
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Outbox>().AddAsync(
                "test:password:" + recipient, MailKind.OrderPlaced, recipient, "en", null, new RenderedMail("Signed in", "<p>Signed in</p>", "Signed in"));
            await scope.ServiceProvider.GetRequiredService<ShopDbContext>().SaveChangesAsync();
        }
        await Eventually.Until(async () => await factory.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.Recipient == recipient && m.LastError != null)),
            "the refused sign-in to be recorded");

        factory.Smtp.Password = LoggedMailShopFactory.Secret;
        factory.Clock.Advance(OutboxRetry.First + TimeSpan.FromSeconds(1));
        await Eventually.Until(() => factory.Smtp.To(recipient).Count == 1, "the mail to arrive once the password is right");

        Assert.Contains(factory.Lines, line => line.Contains("not sent", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Lines, line => line.Contains(LoggedMailShopFactory.Secret, StringComparison.Ordinal));
        var errors = await factory.QueryAsync(db => db.OutboxMessages.Where(m => m.LastError != null).Select(m => m.LastError!).ToListAsync());
        Assert.DoesNotContain(errors, error => error.Contains(LoggedMailShopFactory.Secret, StringComparison.Ordinal));
        var options = factory.Services.GetRequiredService<IOptions<MailOptions>>().Value;
        Assert.Equal(LoggedMailShopFactory.Secret, options.Password);
        Assert.DoesNotContain(LoggedMailShopFactory.Secret, options.ToString());
    }
}
