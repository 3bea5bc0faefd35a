using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Features.Mail;

namespace Shop.Tests.Web.Account;

/// <summary>The account messages the shop queued for an address, and the links in them.</summary>
public static partial class AccountMessages
{
    public static Task<List<OutboxMessage>> ToAsync(ShopWebApplicationFactory factory, string recipient, MailKind kind) =>
        factory.QueryAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Recipient == recipient && m.Kind == kind).OrderBy(m => m.Id).ToListAsync());

    /// <summary>The path and query of the absolute link to <paramref name="page"/> in the latest message of a kind.</summary>
    public static async Task<string> LinkAsync(ShopWebApplicationFactory factory, string recipient, MailKind kind, string page)
    {
        var message = (await ToAsync(factory, recipient, kind)).Last();
        var link = AbsoluteLink().Matches(message.TextBody).Select(m => new Uri(m.Value)).First(u => u.AbsolutePath == page);
        return link.PathAndQuery;
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex AbsoluteLink();
}
