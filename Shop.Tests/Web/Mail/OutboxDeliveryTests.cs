using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Tests.Sandbox;
using Shop.Tests.Web.Admin;
using Shop.Web.Data;
using Shop.Web.Features.Mail;

namespace Shop.Tests.Web.Mail;

/// <summary>The test shop with its sender giving a message up after three attempts.</summary>
public class ThreeAttemptsMailShopFactory : MailShopFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:MaxAttempts", "3");
    }
}

/// <summary>
/// The outbox's promises: nothing is lost while the SMTP server is down, nothing is sent twice
/// when senders race (as two app instances would), a message that keeps failing is given up and
/// shown, and the admin sees every message of an order and can send one again.
/// </summary>
public class OutboxDeliveryTests(ThreeAttemptsMailShopFactory factory) : IClassFixture<ThreeAttemptsMailShopFactory>
{
    private static RenderedMail Mail(string subject) => new(subject, $"<p>{subject}</p>", subject);

    /// <summary>Queues messages straight into the outbox, as a change's save would.</summary>
    private async Task<List<string>> QueueAsync(string recipient, int count, string? orderNumber = null)
    {
        var subjects = Enumerable.Range(0, count).Select(i => $"Test {Guid.NewGuid():N} #{i}").ToList();
        using var scope = factory.Services.CreateScope();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        foreach (var subject in subjects)
        {
            Assert.True(await outbox.AddAsync($"test:{subject}", MailKind.OrderPlaced, recipient, "en", orderNumber, Mail(subject)));
        }
        await scope.ServiceProvider.GetRequiredService<ShopDbContext>().SaveChangesAsync();
        return subjects;
    }

    private Task<List<OutboxMessage>> MessagesAsync(string recipient) =>
        factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Recipient == recipient).OrderBy(m => m.Id).ToListAsync());

    [Fact]
    public async Task The_same_key_never_queues_a_second_message()
    {
        var recipient = ShopWebApplicationFactory.NewEmail();
        using var scope = factory.Services.CreateScope();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();

        Assert.True(await outbox.AddAsync("test:once:" + recipient, MailKind.OrderPlaced, recipient, "en", null, Mail("once")));
        Assert.False(await outbox.AddAsync("test:once:" + recipient, MailKind.OrderPlaced, recipient, "en", null, Mail("twice")));
        await scope.ServiceProvider.GetRequiredService<ShopDbContext>().SaveChangesAsync();
        Assert.False(await outbox.AddAsync("test:once:" + recipient, MailKind.OrderPlaced, recipient, "en", null, Mail("three times")));

        // Written past the check, by another instance say, the database refuses it.
        using var other = factory.Services.CreateScope();
        var db = other.ServiceProvider.GetRequiredService<ShopDbContext>();
        db.OutboxMessages.Add(OutboxMessage.Create("test:once:" + recipient, MailKind.OrderPlaced, recipient, "en", null, Mail("raced"), DateTime.UtcNow));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Single(await MessagesAsync(recipient));
    }

    [Fact]
    public async Task Senders_racing_for_the_same_messages_send_each_exactly_once()
    {
        var recipient = ShopWebApplicationFactory.NewEmail();
        var subjects = await QueueAsync(recipient, 12);

        // Four rounds at once, each with its own database context, beside the background sender:
        // what two or more app instances sharing the database do.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var scope = factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().SendDueAsync(CancellationToken.None);
        }));
        await Eventually.Until(async () => (await MessagesAsync(recipient)).All(m => m.SentAt is not null), "every message to be marked sent");

        var received = factory.Smtp.To(recipient);
        Assert.Equal(subjects.Order(), received.Select(m => m.Subject).Order());
        Assert.All(await MessagesAsync(recipient), m => Assert.Equal(1, m.Attempts));
    }

    [Fact]
    public async Task Messages_written_while_the_server_is_down_wait_with_their_attempts_recorded_and_all_arrive_once_when_it_is_back()
    {
        var recipient = ShopWebApplicationFactory.NewEmail();
        await factory.Smtp.StopAsync();
        try
        {
            var subjects = await QueueAsync(recipient, 3);
            await Eventually.Until(async () => (await MessagesAsync(recipient)).Any(m => m.Attempts >= 1 && m.LastError is not null),
                "an attempt to fail while the server is down");
            var waiting = await MessagesAsync(recipient);
            Assert.All(waiting, m => Assert.Null(m.SentAt));
            Assert.All(waiting, m => Assert.Null(m.GaveUpAt));
            var failed = waiting.First(m => m.Attempts >= 1);
            Assert.True(failed.NextAttemptAt >= failed.CreatedAt + OutboxRetry.First - TimeSpan.FromSeconds(1), "a failed message waits before the next attempt");
            Assert.Empty(factory.Smtp.To(recipient));

            await factory.Smtp.StartAsync();
            factory.Clock.Advance(OutboxRetry.First + TimeSpan.FromSeconds(1));

            await Eventually.Until(async () => (await MessagesAsync(recipient)).All(m => m.SentAt is not null), "every message to be sent once the server is back");
            Assert.Equal(subjects.Order(), factory.Smtp.To(recipient).Select(m => m.Subject).Order());
            Assert.All(await MessagesAsync(recipient), m => Assert.Null(m.LastError));
        }
        finally
        {
            if (!factory.Smtp.IsRunning)
            {
                await factory.Smtp.StartAsync();
            }
        }
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_given_up_shown_to_the_admin_and_can_be_sent_again()
    {
        var (_, number, _) = await Payments.ShopPayments.PaidPhysicalOrderAsync(factory, "instant");
        var email = (await factory.QueryAsync(db => db.Orders.SingleAsync(o => o.Number == number))).BuyerEmail!;
        await Eventually.Until(async () => (await MessagesAsync(email)).Count >= 2 && (await MessagesAsync(email)).All(m => m.SentAt is not null), "the order's first mails to be sent");
        // A message of this order written while the server is down, and kept down past every attempt.
        await factory.Smtp.StopAsync();
        try
        {
            await QueueAsync(email, 1, number);
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                // An attempt is counted when the message is claimed; the clock moves on only once its failure is recorded.
                await Eventually.Until(async () => (await MessagesAsync(email)).Last() is { ClaimedUntil: null } last && last.Attempts >= attempt,
                    $"attempt {attempt} to fail");
                factory.Clock.Advance(OutboxRetry.Longest);
            }
            await Eventually.Until(async () => (await MessagesAsync(email)).Last().GaveUpAt is not null, "the message to be given up");
            var givenUp = (await MessagesAsync(email)).Last();
            Assert.Equal(3, givenUp.Attempts);
            Assert.Null(givenUp.SentAt);

            var admin = await factory.CreateAdminBrowserAsync();
            var page = await admin.GetStringAsync($"/admin/orders/{number}");
            Assert.Contains($"data-message=\"{givenUp.Id}\" data-message-kind=\"OrderPlaced\" data-message-state=\"given-up\"", page);
            Assert.Contains("data-message-kind=\"PaymentReceived\" data-message-state=\"sent\"", page);
            Assert.Contains("Given up", page);

            await factory.Smtp.StartAsync();
            var response = await admin.SubmitFormAsync($"/admin/orders/{number}", [], action: $"/admin/orders/{number}/messages/{givenUp.Id}/resend");
            Assert.Equal($"/admin/orders/{number}", response.RedirectPath());

            await Eventually.Until(() => factory.Smtp.To(email).Any(m => m.Subject == givenUp.Subject), "the resent copy to arrive");
            var messages = await MessagesAsync(email);
            var copy = Assert.Single(messages, m => m.IdempotencyKey == $"resend:{givenUp.Id}:1");
            Assert.Equal(givenUp.Subject, copy.Subject);
            Assert.NotNull(messages.Single(m => m.Id == givenUp.Id).GaveUpAt);

            await admin.SubmitFormAsync($"/admin/orders/{number}", [], action: $"/admin/orders/{number}/messages/{givenUp.Id}/resend");
            await Eventually.Until(() => factory.Smtp.To(email).Count(m => m.Subject == givenUp.Subject) == 2, "the second copy");
            Assert.Contains(await MessagesAsync(email), m => m.IdempotencyKey == $"resend:{givenUp.Id}:2");
        }
        finally
        {
            if (!factory.Smtp.IsRunning)
            {
                await factory.Smtp.StartAsync();
            }
        }
    }

    [Fact]
    public async Task Resending_a_message_of_another_order_is_not_found()
    {
        var recipient = ShopWebApplicationFactory.NewEmail();
        await QueueAsync(recipient, 1, "20261129000000000001");
        var message = (await MessagesAsync(recipient)).Single();
        var (_, number, _) = await Payments.ShopPayments.PaidPhysicalOrderAsync(factory, "instant");
        var admin = await factory.CreateAdminBrowserAsync();

        var response = await admin.SubmitFormAsync($"/admin/orders/{number}", [], action: $"/admin/orders/{number}/messages/{message.Id}/resend");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(await MessagesAsync(recipient));
    }
}
