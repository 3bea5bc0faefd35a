using System.Net;
using Shop.Domain.Ordering;
using Shop.Tests.Web.Payments;

namespace Shop.Tests.Web.Admin;

/// <summary>An admin's notes in an order's history.</summary>
public class OrderNoteTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private static Task<HttpResponseMessage> AddNoteAsync(HttpClient admin, string number, string note) =>
        admin.SubmitFormAsync($"/admin/orders/{number}", new() { ["note"] = note }, action: $"/admin/orders/{number}/notes");

    [Fact]
    public async Task A_note_is_kept_in_the_history_with_the_admin_who_wrote_it()
    {
        var order = await factory.AddGoodsOrderAsync(events: PaymentEvent.PaidIntoEscrow);
        var admin = await factory.CreateAdminBrowserAsync();

        var response = await AddNoteAsync(admin, order.Number, "  买家来电：请周五之后再发货。 ");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var note = Assert.Single((await factory.OrderAsync(order.Number)).History, h => h.Event == OrderHistoryEvent.Note);
        Assert.Equal("admin@shop.local: 买家来电：请周五之后再发货。", note.Detail);
        Assert.Equal(OrderChangeSource.Admin, note.Source);
        var page = await admin.GetHtmlAsync($"/admin/orders/{order.Number}");
        var shown = page.QuerySelector("[data-history-event=Note] [data-history-detail]")!.TextContent;
        Assert.Contains("买家来电：请周五之后再发货。", shown);
        Assert.NotNull(page.QuerySelector("[data-flash=message]"));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("")]
    public async Task An_empty_note_is_refused(string note)
    {
        var order = await factory.AddGoodsOrderAsync();
        var admin = await factory.CreateAdminBrowserAsync();

        var response = await AddNoteAsync(admin, order.Number, note);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Write a note of 1 to 1000 characters.", page.QuerySelector("[data-error-for=note]")!.TextContent.Trim());
        Assert.DoesNotContain((await factory.OrderAsync(order.Number)).History, h => h.Event == OrderHistoryEvent.Note);
    }

    [Fact]
    public async Task A_note_too_long_is_refused_and_kept_in_the_form()
    {
        var order = await factory.AddGoodsOrderAsync();
        var admin = await factory.CreateAdminBrowserAsync();
        var tooLong = new string('长', Order.NoteMaxLength + 1);

        var response = await AddNoteAsync(admin, order.Number, tooLong);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(tooLong, (await response.ReadHtmlAsync()).QuerySelector("textarea[name=note]")!.TextContent);
        Assert.DoesNotContain((await factory.OrderAsync(order.Number)).History, h => h.Event == OrderHistoryEvent.Note);
    }
}
