using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Tests.Web.Data;

/// <summary>
/// A catalog and orders stored in one language before the catalog had two: each text goes to
/// Chinese when it holds a Chinese character and to English otherwise, the index table is created,
/// a shop started on such a database builds its index and finds the old products, and the
/// migration undone writes single texts back.
/// </summary>
[Trait("Database", "SqliteOnly")]
public sealed class CatalogInTwoLanguagesMigrationTests : IDisposable
{
    private const string BeforeTwoLanguages = "20261129205828_LogisticsNamesSpelledByTheShop";

    private readonly string _folder = Directory.CreateTempSubdirectory("shop-migration-").FullName;

    private string DatabaseFile => Path.Combine(_folder, "shop.db");

    private ShopDbContext Open(string? file = null) => new(new DbContextOptionsBuilder<ShopDbContext>()
        .UseSqlite($"Data Source={file ?? DatabaseFile};Foreign Keys=False;Pooling=False")
        .Options);

    /// <summary>A database as the shop left it before this migration: texts in one column, in whichever language they were typed.</summary>
    private static async Task CreateOneLanguageCatalogAsync(string file)
    {
        await using (var db = new ShopDbContext(new DbContextOptionsBuilder<ShopDbContext>()
            .UseSqlite($"Data Source={file};Pooling=False").Options))
        {
            await db.GetService<IMigrator>().MigrateAsync(BeforeTwoLanguages);
        }
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO "Categories" ("Id", "Name", "Slug", "Description", "SortOrder") VALUES
                (1, '茶叶', 'tea', '明前龙井，产地直发。', 0),
                (2, 'Gadgets', 'gadgets', NULL, 1);
            INSERT INTO "Products" ("Id", "Name", "Slug", "Description", "Price", "Kind", "Delivery", "CategoryId", "Stock",
                "IsPublished", "IsFeatured", "ImageUrl", "DeliveryFileName", "CreatedAt") VALUES
                (1, '明前西湖龙井 100g', 'longjing', '杭州西湖产区 Longjing, first picking.', '168.00', 'Physical', 'None', 1, 10, 1, 0, NULL, NULL, '2026-11-01 00:00:00'),
                (2, 'USB-C Cable 1m', 'usb-c-cable', '', '25.00', 'Physical', 'None', 2, 10, 1, 0, NULL, NULL, '2026-11-02 00:00:00'),
                (3, '  Python 入门  ', 'python', '   ', '39.00', 'Physical', 'None', 2, 10, 1, 0, NULL, NULL, '2026-11-03 00:00:00');
            INSERT INTO "Orders" ("Id", "Number", "Kind", "Status", "PaymentState", "PaymentService", "GoodsTotal",
                "CreatedAt", "PayBefore", "PaidAfterClosing", "Version") VALUES
                (1, '20261101000000000001', 'Physical', 'PendingPayment', 'Unpaid', 'trade_create_by_buyer', '193.00',
                 '2026-11-01 00:00:00', '2026-11-01 02:00:00', 0, 0);
            INSERT INTO "OrderLine" ("OrderId", "ProductId", "ProductName", "UnitPrice", "Quantity", "Kind", "Delivery") VALUES
                (1, 1, '明前西湖龙井 100g', '168.00', 1, 'Physical', 'None'),
                (1, 2, 'USB-C Cable 1m', '25.00', 1, 'Physical', 'None');
            """;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Each_text_goes_to_the_language_its_characters_are_written_in()
    {
        await CreateOneLanguageCatalogAsync(DatabaseFile);

        await using (var db = Open())
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = Open())
        {
            var products = await db.Products.OrderBy(p => p.Id).ToListAsync();
            Assert.Equal(
                [new LocalizedText("明前西湖龙井 100g", null), new LocalizedText(null, "USB-C Cable 1m"), new LocalizedText("Python 入门", null)],
                products.Select(p => p.Name));
            Assert.Equal(
                [new LocalizedText("杭州西湖产区 Longjing, first picking.", null), LocalizedText.Empty, LocalizedText.Empty],
                products.Select(p => p.Description));
            Assert.All(products, p => Assert.True(p.ShortDescription.IsEmpty));

            var categories = await db.Categories.OrderBy(c => c.Id).ToListAsync();
            Assert.Equal([new LocalizedText("茶叶", null), new LocalizedText(null, "Gadgets")], categories.Select(c => c.Name));
            Assert.Equal([new LocalizedText("明前龙井，产地直发。", null), LocalizedText.Empty], categories.Select(c => c.Description));

            var order = await db.Orders.Include(o => o.Lines).SingleAsync();
            Assert.Equal(
                [new LocalizedText("明前西湖龙井 100g", null), new LocalizedText(null, "USB-C Cable 1m")],
                order.Lines.OrderBy(l => l.ProductId).Select(l => l.ProductName));
            Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM product_search").SingleAsync());
        }
    }

    [Fact]
    public async Task Undone_it_keeps_one_text_the_Chinese_where_there_is_one()
    {
        await CreateOneLanguageCatalogAsync(DatabaseFile);
        await using (var db = Open())
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Products" SET "NameEn" = 'West Lake Longjing' WHERE "Id" = 1""");

            await db.GetService<IMigrator>().MigrateAsync(BeforeTwoLanguages);
        }

        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT group_concat("Name", '|') FROM (SELECT "Name" FROM "Products" ORDER BY "Id");
            """;
        Assert.Equal("明前西湖龙井 100g|USB-C Cable 1m|Python 入门", await command.ExecuteScalarAsync());
        command.CommandText = """SELECT count(*) FROM sqlite_master WHERE name = 'product_search'""";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_shop_started_on_a_database_from_before_the_index_finds_its_old_products()
    {
        using var shop = new ShopWebApplicationFactory();
        await CreateOneLanguageCatalogAsync(Path.Combine(shop.DataFolder, "shop.db"));

        var browser = shop.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        Assert.Equal([1], (await browser.GetHtmlAsync("/catalog?q=longjing")).ListedProductIds());
        Assert.Equal([1], (await browser.GetHtmlAsync("/catalog?q=" + Uri.EscapeDataString("龙井"))).ListedProductIds());
        Assert.Equal([2], (await browser.GetHtmlAsync("/catalog?q=cable")).ListedProductIds());
        Assert.Equal([2, 3], (await browser.GetHtmlAsync("/catalog?q=gadgets")).ListedProductIds().Order());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
