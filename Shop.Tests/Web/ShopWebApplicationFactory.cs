using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Shop.AlipaySandbox;
using Shop.Web.Data;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web;

/// <summary>
/// The shop as the tests see it: Development settings, and databases of its own (the shop's, on the
/// run's provider (<see cref="TestDatabase"/>), and the Alipay sandbox's SQLite file in the temp
/// folder), migrated and seeded at start and deleted on dispose, so test classes never share data. The Alipay sandbox comes in as it does for <c>dotnet run</c>: the shop
/// loads Shop.AlipaySandbox by name in Development, and this project references it (the Release
/// Shop.Web tested here carries none of it). It runs its resend schedule a thousand times faster,
/// and its notify POSTs, like the shop's calls to the gateway, go through the test server.
/// </summary>
public class ShopWebApplicationFactory : WebApplicationFactory<Program>
{
    public const string Password = "Buyer2026pass";

    private readonly string _folder;

    public ShopWebApplicationFactory()
        : this(Directory.CreateTempSubdirectory("shop-tests-").FullName)
    {
    }

    /// <summary>A shop on the data of <paramref name="dataFolder"/> (shop.db, files/), deleted on dispose like a new one's.</summary>
    protected ShopWebApplicationFactory(string dataFolder)
    {
        _folder = dataFolder;
        Database = TestDatabase.For(dataFolder);
    }

    /// <summary>The shop's database: SQLite's shop.db in <see cref="DataFolder"/>, or a PostgreSQL database of its own.</summary>
    public TestDatabase Database { get; }

    private string SandboxConnectionString => $"Data Source={Path.Combine(_folder, "alipay-sandbox.db")}";

    /// <summary>The loopback port of this shop's development mailbox (the sandbox's SMTP listener).</summary>
    public int MailboxPort { get; } = FreePort.Next();

    /// <summary>The folder holding this instance's databases and stored files.</summary>
    public string DataFolder => _folder;

    /// <summary>The app's clock: the system's, moved forward when a test says so.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>A notify_url for tests: records what arrives and answers as told.</summary>
    public NotifySink Sink { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Shop", Database.ConnectionString);
        builder.UseSetting("Storage:Root", Path.Combine(_folder, "files"));
        builder.UseSetting("Database:MigrateAtStartup", "true");
        builder.UseSetting("Database:Seed", "true");
        builder.UseSetting("Alipay:Sandbox:ConnectionString", SandboxConnectionString);
        builder.UseSetting("Alipay:Sandbox:NotifyScheduleScale", "0.001");
        builder.UseSetting("Alipay:Sandbox:PollIntervalMilliseconds", "20");
        // Each test shop's development mailbox on a port of its own: test classes run side by side.
        builder.UseSetting("Alipay:Sandbox:MailboxPort", MailboxPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:PollIntervalMilliseconds", "100");
        // The tests post forms far faster than any buyer; the limits' own tests switch them on.
        builder.UseSetting("RateLimits:Enabled", "false");

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(Sink);
            services.AddSingleton<IStartupFilter, NotifySinkStartupFilter>();
            services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>();

            // The handlers are created on first use, after the server has started. On a real Kestrel
            // port (browser tests) the calls go over loopback like any other.
            foreach (var client in new[] { NotificationSender.HttpClientName, AlipayGatewayClient.ReadingClient, AlipayGatewayClient.WritingClient })
            {
                services.AddHttpClient(client)
                    .ConfigurePrimaryHttpMessageHandler(provider => provider.GetRequiredService<IServer>() is TestServer testServer
                        ? testServer.CreateHandler()
                        : new SocketsHttpHandler());
            }
        });
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>
    /// A client like <see cref="CreateBrowser()"/> whose cookies the test can read and edit
    /// (for <c>http://localhost</c>).
    /// </summary>
    public HttpClient CreateBrowser(CookieContainer cookies) =>
        CreateDefaultClient(new CookieContainerHandler(cookies));

    /// <summary>Reads the database in a scope of its own, as another request would.</summary>
    public async Task<T> QueryAsync<T>(Func<ShopDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ShopDbContext>());
    }

    /// <summary>Changes the database in a scope of its own and saves, as an admin's request would.</summary>
    public async Task ChangeAsync(Func<ShopDbContext, Task> change)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

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
        await SignInAsync(browser, email);
        return (browser, email);
    }

    /// <summary>Signs an existing user in through the login form, in the browser given.</summary>
    public static async Task SignInAsync(HttpClient browser, string email, string password = Password)
    {
        var response = await browser.SubmitFormAsync("/Identity/Account/Login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        if (response.RedirectPath() != "/")
        {
            throw new InvalidOperationException($"Signing in {email} failed: {response.StatusCode}.");
        }
    }

    /// <summary>Whether disposing deletes the data folder and drops the database: not when another shop still runs on them.</summary>
    protected virtual bool DeletesDataOnDispose => true;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // WebApplicationFactory disposes twice (DisposeAsync, then Dispose); the folder goes once.
        if (disposing && DeletesDataOnDispose && Directory.Exists(_folder))
        {
            // Pooled connections would keep the files open.
            using (var sandbox = new SqliteConnection(SandboxConnectionString))
            {
                SqliteConnection.ClearPool(sandbox);
            }
            Database.Drop();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
