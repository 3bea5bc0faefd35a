using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Shop.Tests.Browser;

/// <summary>
/// A screenshot per step of a browser test, for a person to look at:
/// <c>screenshots/&lt;test&gt;-&lt;nn&gt;-&lt;step&gt;.png</c> under the test output folder.
/// </summary>
public sealed class Screenshots(IPage page, [CallerMemberName] string test = "")
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private int _step;

    /// <summary>Saves the whole page as the next step and returns the file's path.</summary>
    public async Task<string> TakeAsync(string stepName)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{test}-{++_step:00}-{stepName}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
