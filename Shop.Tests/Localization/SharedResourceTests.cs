using System.Text.RegularExpressions;
using System.Xml.Linq;
using Shop.Domain.Ordering;
using Shop.Domain.Shipping;
using Shop.Web.Features.Payments;
using Shop.Web.Features.Shared;

namespace Shop.Tests.Localization;

/// <summary>
/// The zh-CN and en resources hold the same keys, none empty, and every text the code asks for.
/// Keys are the English texts, so a missing key would still show English: only these tests notice.
/// </summary>
public partial class SharedResourceTests
{
    private static readonly string WebProject = SourceTree.WebProject;

    private static readonly IReadOnlyDictionary<string, string> Chinese = Read("SharedResource.zh-CN.resx");
    private static readonly IReadOnlyDictionary<string, string> English = Read("SharedResource.en.resx");

    // @L["..."] in views (the injected IStringLocalizer<SharedResource>); the first argument only.
    [GeneratedRegex("""\bL\["((?:[^"\\]|\\.)*)"\s*[,\]]""")]
    private static partial Regex ViewLocalizerCall();

    // In C#: localizer["..."], and the data-annotation texts MVC looks up in the shared resource.
    [GeneratedRegex("""(?:\blocalizer\[|\bErrorMessage\s*=\s*|\[Display\(Name\s*=\s*)"((?:[^"\\]|\\.)*)"\s*[,\])]""")]
    private static partial Regex CodeLocalizedText();

    [Fact]
    public void Chinese_and_English_have_the_same_keys()
    {
        Assert.Empty(Chinese.Keys.Except(English.Keys));
        Assert.Empty(English.Keys.Except(Chinese.Keys));
    }

    [Fact]
    public void No_value_is_empty()
    {
        Assert.Empty(Chinese.Where(entry => string.IsNullOrWhiteSpace(entry.Value)).Select(entry => entry.Key));
        Assert.Empty(English.Where(entry => string.IsNullOrWhiteSpace(entry.Value)).Select(entry => entry.Key));
    }

    [Fact]
    public void Every_text_a_view_asks_for_is_in_both_languages()
    {
        var used = TextsUsedIn("*.cshtml", ViewLocalizerCall());
        used.UnionWith(TextsUsedIn("*.razor", ViewLocalizerCall()));

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(Chinese.Keys));
        Assert.Empty(used.Except(English.Keys));
    }

    [Fact]
    public void Every_text_the_code_asks_for_is_in_both_languages()
    {
        var used = TextsUsedIn("*.cs", CodeLocalizedText());

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(Chinese.Keys));
        Assert.Empty(used.Except(English.Keys));
    }

    [Fact]
    public void Every_order_state_and_history_step_has_words_in_both_languages()
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<OrderKind>())
        {
            foreach (var status in Enum.GetValues<OrderStatus>())
            {
                foreach (var payment in Enum.GetValues<PaymentState>())
                {
                    used.Add(OrderText.Status(status, kind, payment));
                    used.Add(OrderText.Payment(payment));
                }
            }
        }
        used.UnionWith(Enum.GetValues<OrderHistoryEvent>().Select(OrderText.History));
        used.UnionWith(Enum.GetValues<OrderKind>().Select(OrderText.Kind));
        used.UnionWith(Enum.GetValues<LogisticsType>().Select(type => "Logistics." + type));

        Assert.Empty(used.Except(Chinese.Keys));
        Assert.Empty(used.Except(English.Keys));
    }

    [Fact]
    public void Every_notification_channel_outcome_and_source_of_a_change_has_words_in_both_languages()
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        used.UnionWith(Enum.GetNames<NotificationChannel>().Select(name => "NotificationChannel." + name));
        used.UnionWith(Enum.GetNames<NotificationOutcome>().Select(name => "NotificationOutcome." + name));
        used.UnionWith(Enum.GetNames<OrderChangeSource>().Select(name => "OrderChangeSource." + name));

        Assert.Empty(used.Except(Chinese.Keys));
        Assert.Empty(used.Except(English.Keys));
    }

    private static SortedSet<string> TextsUsedIn(string filePattern, Regex pattern)
    {
        var texts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(WebProject, filePattern, SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(WebProject, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar) || relative.StartsWith("obj" + Path.DirectorySeparatorChar))
            {
                continue;
            }
            foreach (Match match in pattern.Matches(File.ReadAllText(file)))
            {
                texts.Add(Regex.Unescape(match.Groups[1].Value));
            }
        }
        return texts;
    }

    private static Dictionary<string, string> Read(string fileName)
    {
        var document = XDocument.Load(Path.Combine(WebProject, "Resources", fileName));
        return document.Root!.Elements("data").ToDictionary(
            data => (string)data.Attribute("name")!,
            data => (string?)data.Element("value") ?? "");
    }
}
