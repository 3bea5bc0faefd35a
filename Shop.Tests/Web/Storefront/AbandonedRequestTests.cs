namespace Shop.Tests.Web.Storefront;

/// <summary>A page whose client went away stops its database work: the request's cancellation reaches EF Core's queries.</summary>
public class AbandonedRequestTests(SqlRecordingShopFactory factory) : IClassFixture<SqlRecordingShopFactory>
{
    [Fact]
    public async Task A_catalog_query_is_cancelled_when_its_client_disconnects()
    {
        using var client = factory.CreateBrowser();
        using var leaving = new CancellationTokenSource();
        var request = client.GetAsync($"/catalog?q=tea&{SqlRecordingShopFactory.StallParameter}=1", leaving.Token);

        await factory.Log.StalledQueryStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await leaving.CancelAsync();

        await factory.Log.StalledQueryCancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
    }
}
