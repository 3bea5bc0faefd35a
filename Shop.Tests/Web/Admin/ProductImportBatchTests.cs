using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Shop.Web.Data;

namespace Shop.Tests.Web.Admin;

/// <summary>
/// A large file goes in by batches: the number of SQL commands grows with the batches, not the
/// rows (EF Core's SQLite provider would send one statement a row).
/// </summary>
public class ProductImportBatchTests(ProductImportBatchTests.CountingShopFactory factory)
    : IClassFixture<ProductImportBatchTests.CountingShopFactory>
{
    private const int Rows = 20_000;

    /// <summary>The shop, with every SQL command its DbContext sends counted.</summary>
    public sealed class CountingShopFactory : ShopWebApplicationFactory
    {
        public SqlCommandCounter Commands { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // The mail sender's look for due messages would be counted too: once an hour is never here.
            builder.UseSetting("Mail:PollIntervalMilliseconds", "3600000");
            // The shop's context is a PostgresShopDbContext on PostgreSQL, with options of that type.
            builder.ConfigureTestServices(services => services
                .ConfigureDbContext<ShopDbContext>(options => options.AddInterceptors(Commands))
                .ConfigureDbContext<PostgresShopDbContext>(options => options.AddInterceptors(Commands)));
        }
    }

    public sealed class SqlCommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }
    }

    private static byte[] File(string prefix, decimal price)
    {
        var csv = new StringBuilder("slug,category,kind,name,price,stock,description\n");
        for (var i = 0; i < Rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{prefix}-{i},{(i % 2 == 0 ? "tea" : "books")},Physical,\"Bulk product {i}, batch test\",{price + i % 100},{i % 50},Made for the batch test.\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private async Task<(string Result, int Commands)> UploadAsync(HttpClient browser, byte[] file)
    {
        var token = await browser.GetAntiforgeryTokenAsync("/admin/products");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), HtmlFormExtensions.AntiforgeryFieldName },
            { new ByteArrayContent(file), "file", "bulk.csv" },
        };
        factory.Commands.Reset();
        var response = await browser.PostAsync("/admin/products/import", form);
        var commands = factory.Commands.Count;
        var result = (await response.ReadHtmlAsync()).QuerySelector("[data-import-result]")?.TextContent.Trim() ?? $"HTTP {(int)response.StatusCode}";
        return (result, commands);
    }

    [Fact]
    public async Task Twenty_thousand_rows_are_added_then_updated_with_a_bounded_number_of_sql_commands()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var prefix = "bulk-" + Guid.NewGuid().ToString("N")[..8];

        var (added, addCommands) = await UploadAsync(browser, File(prefix, 10.00m));
        var (updated, updateCommands) = await UploadAsync(browser, File(prefix, 20.50m));

        Assert.Equal($"Added {Rows}, updated 0, unchanged 0, refused 0.", added);
        Assert.Equal($"Added 0, updated {Rows}, unchanged 0, refused 0.", updated);
        // Per batch of 1,000 rows: the batch's products by slug, then one INSERT or UPDATE; then the search
        // index's rows: the batch's ids, and per 500 products their texts, one DELETE and one INSERT. A few more for the categories.
        Assert.InRange(addCommands, Rows / 1000 * 9, Rows / 1000 * 9 + 10);
        Assert.InRange(updateCommands, Rows / 1000 * 9, Rows / 1000 * 9 + 10);
        var stored = await factory.QueryAsync(db => db.Products.AsNoTracking()
            .Where(p => p.Slug.StartsWith(prefix + "-")).OrderBy(p => p.Id).Select(p => new { p.Slug, Name = p.Name.English ?? "", p.Price, p.Stock }).ToListAsync());
        Assert.Equal(Rows, stored.Count);
        Assert.Equal(new { Slug = prefix + "-12345", Name = "Bulk product 12345, batch test", Price = 20.50m + 45, Stock = 45 },
            stored.Single(p => p.Slug == prefix + "-12345"));
    }
}
