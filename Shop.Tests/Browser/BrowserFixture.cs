using Microsoft.Playwright;

namespace Shop.Tests.Browser;

/// <summary>
/// One shop on a real port and one headless Debian Chromium, shared by the browser tests of
/// <see cref="BrowserCollection"/>. Each test opens its own <see cref="NewContextAsync"/>: a
/// browser session with cookies of its own. Playwright's downloaded browsers are never used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DebianChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", // the tests run as root
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ShopServerFactory Shop { get; } = new();

    /// <summary>The shop's address, such as http://127.0.0.1:39839/; pages take paths relative to it.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = FindChromium();
        BaseAddress = Shop.Start();
        // A busy two-core machine can take a while to draw a page; Playwright's 5 s default is too tight.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>
    /// A new browser session at the shop: its own cookies, the language and window width given
    /// (Chinese on a desktop unless told otherwise). Dispose it with <c>await using</c>: that fails
    /// the test if any page broke the Content-Security-Policy (<see cref="BrowserSession"/>).
    /// </summary>
    public async Task<BrowserSession> NewContextAsync(string locale = "zh-CN", int width = 1280, int height = 900) =>
        await NewContextAtAsync(BaseAddress, locale, width, height);

    /// <summary>A new browser session at another shop (one configured differently, started by the test).</summary>
    public async Task<BrowserSession> NewContextAtAsync(Uri shop, string locale = "zh-CN", int width = 1280, int height = 900) =>
        await BrowserSession.StartAsync(await (_browser ?? throw new InvalidOperationException("The _browser has not started."))
            .NewContextAsync(new()
            {
                BaseURL = shop.ToString(),
                Locale = locale,
                ViewportSize = new() { Width = width, Height = height },
            }));

    /// <summary>Debian's chromium from the PATH, else /usr/bin/chromium; a clear failure when neither is there.</summary>
    public static string FindChromium() =>
        FindChromium(Environment.GetEnvironmentVariable("PATH"), DebianChromium);

    public static string FindChromium(string? searchPath, string fallback)
    {
        var onPath = (searchPath ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists);
        return onPath ?? (File.Exists(fallback)
            ? fallback
            : throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium: no 'chromium' on the PATH and no {fallback}. " +
                "Install it with 'apt-get install -y chromium' (./test.sh does). Playwright's own _browser download is not used."));
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        await Shop.DisposeAsync();
    }
}
