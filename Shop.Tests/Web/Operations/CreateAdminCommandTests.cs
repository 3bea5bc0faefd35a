using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Web.Data;

namespace Shop.Tests.Web.Operations;

/// <summary>
/// The operator's command for the first admin of a Production shop, run as a real process:
/// <c>dotnet Shop.Web.dll create-admin EMAIL</c>, the password from SHOP_ADMIN_PASSWORD or stdin.
/// </summary>
[Trait("Database", "SqliteOnly")]
public sealed class CreateAdminCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("shop-command-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "shop.db")}";

    private async Task<(int ExitCode, string Output)> RunAsync(string? password, string? stdin, params string[] arguments)
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Shop"] = ConnectionString,
            ["Storage__Root"] = Path.Combine(_folder, "files"),
        };
        if (password is not null)
        {
            environment["SHOP_ADMIN_PASSWORD"] = password;
        }
        var (exitCode, output, errors) = await ShopCommand.RunAsync(environment, arguments, stdin);
        return (exitCode, output + errors);
    }

    private async Task<bool> IsAdminAsync(string email)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<ShopDbContext>(options => options.UseSqlite(ConnectionString));
        services.AddIdentityCore<IdentityUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<ShopDbContext>();
        await using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync(email);
        return user is not null && await users.IsInRoleAsync(user, "Admin");
    }

    [Fact]
    public async Task Create_admin_migrates_an_empty_database_and_makes_an_admin_with_the_password_from_the_environment()
    {
        var (exitCode, output) = await RunAsync("Owner#2026pw", null, "create-admin", "owner@example.com");

        Assert.True(exitCode == 0, output);
        Assert.Contains("owner@example.com", output);
        Assert.True(await IsAdminAsync("owner@example.com"));
    }

    [Fact]
    public async Task Create_admin_reads_the_password_from_standard_input()
    {
        var (exitCode, output) = await RunAsync(null, "Typed#2026pw", "create-admin", "typed@example.com");

        Assert.True(exitCode == 0, output);
        Assert.True(await IsAdminAsync("typed@example.com"));
    }

    [Fact]
    public async Task Create_admin_refuses_a_weak_password_and_a_missing_email_with_a_message()
    {
        var (weakExit, weakOutput) = await RunAsync("short", null, "create-admin", "weak@example.com");
        Assert.NotEqual(0, weakExit);
        Assert.Contains("Passwords must", weakOutput);

        var (usageExit, usageOutput) = await RunAsync("Owner#2026pw", null, "create-admin");
        Assert.Equal(2, usageExit);
        Assert.Contains("usage: create-admin EMAIL", usageOutput);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
