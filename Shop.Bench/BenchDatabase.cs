using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Shop.Bench;

/// <summary>
/// The benchmark's databases: built once per catalog size and kept under bench/.data (until the
/// generator or the shop's migrations change), then copied for each run. Products go in through
/// the shop's own import command; categories, customers, historical orders and donations by
/// batched inserts, since the shop has no bulk path for those.
/// </summary>
public sealed class BenchDatabase(BenchOptions options, ShopCommand shop)
{
    /// <summary>Bump when what is generated changes, so that kept databases are built again.</summary>
    private const int GeneratorVersion = 2;

    public const string SellerEmail = "seller@bench.local";

    public sealed record Built(string Path, CatalogFacts Facts, TimeSpan ImportTime);

    public async Task<Built> BuildOrReuseAsync(int products)
    {
        Directory.CreateDirectory(options.DataFolder);
        var name = $"shop-{products}-{(options.Smoke ? "smoke" : "full")}";
        var database = Path.Combine(options.DataFolder, name + ".db");
        var stampFile = Path.Combine(options.DataFolder, name + ".stamp");
        var csv = Path.Combine(options.DataFolder, name + ".csv");
        var stamp = Stamp();

        var facts = CatalogFile.Write(csv, products, options.Categories);
        if (File.Exists(database) && File.Exists(stampFile) && (await File.ReadAllLinesAsync(stampFile)) is [var kept, var seconds] && kept == stamp)
        {
            File.Delete(csv);
            return new Built(database, facts, TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)));
        }

        File.Delete(database);
        Console.WriteLine($"Building the database of {products:N0} products (kept in {options.DataFolder})...");
        // The import migrates an empty database first; a file of just the header imports nothing.
        var header = Path.Combine(options.DataFolder, "header.csv");
        await File.WriteAllTextAsync(header, "slug,category,kind,name,price,stock\n");
        await shop.RunAsync(database, "import-products", header);
        await AddCategoriesAsync(database);
        var import = Stopwatch.StartNew();
        var output = await shop.RunAsync(database, "import-products", csv);
        import.Stop();
        if (!output.Contains($"Added {facts.Products}, updated 0, unchanged 0, refused 0.", StringComparison.Ordinal))
        {
            throw new BenchBrokeException("The import did not add every product: " + output);
        }
        await AddHistoryAsync(database);
        File.Delete(csv);
        await File.WriteAllLinesAsync(stampFile, [stamp, import.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)]);
        return new Built(database, facts, import.Elapsed);
    }

    /// <summary>A copy of the kept database for one run, so that no run sees another's orders.</summary>
    public static string CopyForRun(Built built, string folder)
    {
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, "shop.db");
        File.Copy(built.Path, copy, overwrite: true);
        return copy;
    }

    public static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>The generator's version and the shop's migrations: a change to either builds the databases again.</summary>
    private string Stamp()
    {
        var migrations = Directory.EnumerateFiles(Path.Combine(options.RepositoryRoot, "Shop.Web", "Data", "Migrations"), "*.cs")
            .Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var text = GeneratorVersion + "|" + string.Join("|", migrations);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private async Task AddCategoriesAsync(string database)
    {
        await using var connection = Open(database);
        await using var transaction = connection.BeginTransaction();
        var insert = Command(connection, transaction,
            """INSERT INTO "Categories" ("NameEn", "Slug", "DescriptionEn", "SortOrder") VALUES (@name, @slug, @description, @order)""");
        for (var i = 0; i < options.Categories; i++)
        {
            insert.Parameters["@name"].Value = $"Category {i + 1}";
            insert.Parameters["@slug"].Value = CatalogFile.CategorySlug(i);
            insert.Parameters["@description"].Value = $"Benchmark category {i + 1}.";
            insert.Parameters["@order"].Value = i;
            await insert.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    /// <summary>Customers, and a year of paid orders (one to three lines each) and donations, all completed.</summary>
    private async Task AddHistoryAsync(string database)
    {
        var random = new Random(CatalogFile.Seed + 1);
        await using var connection = Open(database);
        await using var transaction = connection.BeginTransaction();
        var users = new List<string>();
        var insertUser = Command(connection, transaction,
            """
            INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed",
                "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES (@id, @email, @normalized, @email, @normalized, 0, @stamp, @stamp, 0, 0, 1, 0)
            """);
        for (var i = 0; i < options.Users; i++)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            var id = new Guid(bytes).ToString();
            var email = $"customer{i}@bench.local";
            insertUser.Parameters["@id"].Value = id;
            insertUser.Parameters["@email"].Value = email;
            insertUser.Parameters["@normalized"].Value = email.ToUpperInvariant();
            insertUser.Parameters["@stamp"].Value = id;
            await insertUser.ExecuteNonQueryAsync();
            users.Add(id);
        }

        var products = new List<(int Id, string? NameZh, string? NameEn, decimal Price, string Kind, string Delivery)>();
        var read = Command(connection, transaction, """SELECT "Id", "NameZh", "NameEn", "Price", "Kind", "Delivery" FROM "Products" """);
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                products.Add((reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    decimal.Parse(reader.GetString(3), CultureInfo.InvariantCulture), reader.GetString(4), reader.GetString(5)));
            }
        }

        var orders = new OrderRows(connection, transaction);
        var now = DateTime.UtcNow;
        for (var i = 0; i < options.HistoricalOrders + options.Donations; i++)
        {
            var placed = now.AddMinutes(-random.Next(60, 365 * 24 * 60));
            if (i < options.HistoricalOrders)
            {
                var lines = Enumerable.Range(0, random.Next(1, 4)).Select(_ => products[random.Next(products.Count)])
                    .DistinctBy(p => p.Id).Select(p => new OrderRows.Line(p.Id, p.NameZh, p.NameEn, p.Price, random.Next(1, 3), p.Kind, p.Delivery)).ToList();
                await orders.AddCompletedGoodsAsync(OrderRows.Number(placed, i), users[random.Next(users.Count)], placed, lines);
            }
            else
            {
                await orders.AddCompletedDonationAsync(OrderRows.Number(placed, i), random.Next(1, 500), placed, $"Donor {i}");
            }
        }
        await transaction.CommitAsync();
    }

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, "@[a-zA-Z]+").Select(m => m.Value).Distinct())
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }
        return command;
    }
}
