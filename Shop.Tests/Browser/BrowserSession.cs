using Microsoft.Playwright;

namespace Shop.Tests.Browser;

/// <summary>
/// A browser session of one test (<see cref="BrowserFixture.NewContextAsync"/>) that watches for
/// Content-Security-Policy violations in every page it opens: Chromium's own console errors
/// ("Refused to ... Content Security Policy") and the pages' securitypolicyviolation events.
/// Disposing it fails the test if there were any, so every browser test checks the policy.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    // Runs in every page before its own scripts; the policy does not apply to scripts Playwright adds.
    private const string ReportViolations = """
        document.addEventListener('securitypolicyviolation', e =>
            console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
        """;

    private readonly List<string> _violations = [];

    private BrowserSession(IBrowserContext context)
    {
        Context = context;
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.StartsWith("CSP violation", StringComparison.Ordinal))
            {
                lock (_violations)
                {
                    _violations.Add($"{message.Page?.Url}: {message.Text}");
                }
            }
        };
    }

    public IBrowserContext Context { get; }

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_violations)
            {
                return [.. _violations];
            }
        }
    }

    public static async Task<BrowserSession> StartAsync(IBrowserContext context)
    {
        await context.AddInitScriptAsync(ReportViolations);
        return new BrowserSession(context);
    }

    public Task<IPage> NewPageAsync() => Context.NewPageAsync();

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        Assert.True(Violations.Count == 0, "Content-Security-Policy violations:\n" + string.Join("\n", Violations));
    }
}
