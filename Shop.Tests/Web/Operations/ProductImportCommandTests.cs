using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Tests.Web.Operations;

/// <summary>
/// The operator's command for importing a product file, run as a real process on a Production
/// database: <c>dotnet Shop.Web.dll import-products FILE.csv</c>.
/// </summary>
[Trait("Database", "SqliteOnly")]
public sealed class ProductImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("shop-import-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "shop.db")}";

    private ShopDbContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<ShopDbContext>().UseSqlite(ConnectionString).Options);

    private async Task AddCategoryAsync(string slug)
    {
        await using var db = OpenDatabase();
        await db.Database.MigrateAsync();
        db.Categories.Add(new Category(new LocalizedText(null, "Tea " + slug), slug));
        await db.SaveChangesAsync();
    }

    private string WriteFile(string csv)
    {
        var path = Path.Combine(_folder, $"products-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        return path;
    }

    private Task<(int ExitCode, string Output, string Errors)> RunAsync(string language, params string[] arguments) =>
        ShopCommand.RunAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Shop"] = ConnectionString,
            ["Storage__Root"] = Path.Combine(_folder, "files"),
            ["LANG"] = language,
        }, arguments);

    /// <summary>The lines printed (standard output also has the log lines of the migration at start).</summary>
    private static List<string> Lines(string text) =>
        text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();

    private async Task<List<Product>> ProductsAsync()
    {
        await using var db = OpenDatabase();
        return await db.Products.AsNoTracking().OrderBy(p => p.Slug).ToListAsync();
    }

    [Fact]
    public async Task A_file_is_imported_into_the_database_and_the_counts_are_printed()
    {
        await AddCategoryAsync("tea");
        var file = WriteFile("slug,category,kind,name,price,stock\nlongjing,tea,Physical,龙井,168.00,12\ncard,tea,Virtual,Gift card,50,\n");

        var (exitCode, output, errors) = await RunAsync("en_US.UTF-8", "import-products", file);

        Assert.True(exitCode == 0, output + errors);
        Assert.Contains("Added 2, updated 0, unchanged 0, refused 0.", Lines(output));
        var products = await ProductsAsync();
        Assert.Equal([("card", ProductKind.Virtual, 50m, 0), ("longjing", ProductKind.Physical, 168m, 12)],
            products.Select(p => (p.Slug, p.Kind, p.Price, p.Stock)));
    }

    [Fact]
    public async Task Refused_rows_are_printed_with_their_line_the_others_go_in_and_the_exit_code_says_so()
    {
        await AddCategoryAsync("tea");
        var file = WriteFile("slug,category,kind,name,price,stock\nlongjing,tea,Physical,龙井,168.00,12\nbad,tea,Physical,Bad,,1\nlongjing,tea,Physical,Again,1,1\n");

        var (exitCode, output, errors) = await RunAsync("en_US.UTF-8", "import-products", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("Added 1, updated 0, unchanged 0, refused 2.", Lines(output));
        Assert.Equal(
            ["line 3: price: Enter a price.", "line 4: slug: The slug “longjing” is already on line 2 of this file."],
            Lines(errors));
        Assert.Equal(["longjing"], (await ProductsAsync()).Select(p => p.Slug));
    }

    [Fact]
    public async Task The_command_speaks_the_language_of_the_environment()
    {
        await AddCategoryAsync("tea");
        var file = WriteFile("slug,category,kind,name,price\nlongjing,tea,Physical,龙井,168.00\n");

        var (exitCode, _, errors) = await RunAsync("zh_CN.UTF-8", "import-products", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("缺少必需的列：stock。", errors);
        Assert.Empty(await ProductsAsync());
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var (exitCode, _, errors) = await RunAsync("en_US.UTF-8", "import-products", Path.Combine(_folder, "nowhere.csv"));

        Assert.Equal(2, exitCode);
        Assert.Contains("No such file", errors);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
