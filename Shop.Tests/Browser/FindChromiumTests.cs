namespace Shop.Tests.Browser;

/// <summary>Without Chromium the browser tests fail and say how to install it; they are never skipped.</summary>
public class FindChromiumTests
{
    [Fact]
    public void Chromium_is_found_on_the_PATH_first()
    {
        var folder = Directory.CreateTempSubdirectory("chromium-path-").FullName;
        try
        {
            var chromium = Path.Combine(folder, "chromium");
            File.WriteAllText(chromium, "");

            Assert.Equal(chromium, BrowserFixture.FindChromium(folder, "/nowhere/chromium"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Without_chromium_the_fixture_fails_with_how_to_install_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BrowserFixture.FindChromium("/nowhere", "/nowhere/chromium"));

        Assert.Contains("apt-get install -y chromium", error.Message);
    }
}
