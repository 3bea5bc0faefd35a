using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Shop.Tests.Web;

/// <summary>
/// The shop as the tests see it: Development settings, and a SQLite file of its own in the temp folder,
/// migrated and seeded at start and deleted on dispose, so test classes never share data.
/// </summary>
public class ShopWebApplicationFactory : WebApplicationFactory<Program>
{
    public const string Password = "Buyer2026pass";

    private readonly string folder = Directory.CreateTempSubdirectory("shop-tests-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(folder, "shop.db")}";

    /// <summary>The folder holding this instance's database and stored files.</summary>
    public string DataFolder => folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Shop", ConnectionString);
        builder.UseSetting("Storage:Root", Path.Combine(folder, "files"));
        builder.UseSetting("Database:MigrateAtStartup", "true");
        builder.UseSetting("Database:Seed", "true");
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static string NewEmail() => $"buyer-{Guid.NewGuid():N}@example.com";

    public async Task CreateUserAsync(string email, string password = Password)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var result = await users.CreateAsync(new IdentityUser { UserName = email, Email = email }, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>A new user, signed in through the login form.</summary>
    public async Task<(HttpClient Browser, string Email)> CreateSignedInBrowserAsync()
    {
        var email = NewEmail();
        await CreateUserAsync(email);
        var browser = CreateBrowser();
        var response = await browser.SubmitFormAsync("/Identity/Account/Login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
        });
        if (response.RedirectPath() != "/")
        {
            throw new InvalidOperationException($"Signing in {email} failed: {response.StatusCode}.");
        }
        return (browser, email);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // WebApplicationFactory.Dispose runs DisposeAsync, which calls Dispose(true) again:
        // the folder is gone after the first call.
        if (disposing && Directory.Exists(folder))
        {
            // Pooled connections would keep the file open.
            using (var connection = new SqliteConnection(ConnectionString))
            {
                SqliteConnection.ClearPool(connection);
            }
            Directory.Delete(folder, recursive: true);
        }
    }
}
