using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Shop.Domain.Ordering;
using Shop.Domain.Shipping;
using Shop.Tests.Builders;
using Shop.Web.Data;

namespace Shop.Tests.Web.Data;

/// <summary>
/// The migration undone writes the logistics enums back in Alipay's names (EXPRESS, BUYER_PAY), as
/// the shop stored them before, and orders stored that way read back in the shop's names once it is applied.
/// </summary>
[Trait("Database", "SqliteOnly")]
public sealed class LogisticsNamesMigrationTests : IDisposable
{
    private const string BeforeRename = "20261125210928_InitialCreate";

    private readonly string _folder = Directory.CreateTempSubdirectory("shop-migration-").FullName;

    private ShopDbContext Open() => new(new DbContextOptionsBuilder<ShopDbContext>()
        // The order stands alone: its product is not in the catalog.
        .UseSqlite($"Data Source={Path.Combine(_folder, "shop.db")};Foreign Keys=False;Pooling=False")
        .Options);

    [Fact]
    public async Task Logistics_stored_in_alipay_s_names_read_back_in_the_shop_s_and_go_back_on_the_way_down()
    {
        // The order is written with today's model and taken down to the schema before the rename,
        // so the test never needs the old schema's columns (later migrations add more).
        await using (var db = Open())
        {
            await db.Database.MigrateAsync();
            var order = OrderBuilder.Physical(fee: 10m);
            // The buyer's account: taking Orders down rebuilds the table more than once, and each
            // SQLite rebuild turns foreign keys back on for the connection.
            db.Users.Add(new IdentityUser { Id = order.UserId!, UserName = order.BuyerEmail, Email = order.BuyerEmail });
            order.ApplyPayment(PaymentEvent.Paid, new PaymentReport("TRADE_SUCCESS", TradeNo: "2026112521001004000000000001"), OrderBuilder.Now, null);
            order.MarkShipped("EMS", "E1", LogisticsType.Ems, OrderBuilder.Now);
            db.Orders.Add(order);
            await db.SaveChangesAsync();

            await db.GetService<IMigrator>().MigrateAsync(BeforeRename);
            Assert.Equal(("EXPRESS", "BUYER_PAY", "EMS"), await StoredAsync(db));

            await db.Database.MigrateAsync();
        }

        await using (var db = Open())
        {
            var order = await db.Orders.Include(o => o.Shipments).SingleAsync();
            Assert.Equal(new LogisticsQuote(LogisticsType.Express, 10m, LogisticsPayment.BuyerPay), order.Logistics);
            Assert.Equal(LogisticsType.Ems, Assert.Single(order.Shipments).TransportType);
            Assert.Equal(("Express", "BuyerPay", "Ems"), await StoredAsync(db));
        }
    }

    private static async Task<(string Type, string Payment, string Transport)> StoredAsync(ShopDbContext db)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT o.\"LogisticsType\", o.\"LogisticsPayment\", s.\"TransportType\" FROM \"Orders\" o JOIN \"Shipment\" s ON s.\"OrderId\" = o.\"Id\"";
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            return (reader.GetString(0), reader.GetString(1), reader.GetString(2));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
