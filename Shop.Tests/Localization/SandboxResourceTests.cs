using Shop.AlipaySandbox;

namespace Shop.Tests.Localization;

/// <summary>The sandbox's own zh-CN and en resources hold the same keys, none empty, and every text its pages ask for.</summary>
public class SandboxResourceTests
{
    private static readonly IReadOnlyDictionary<string, string> Chinese = ResourceTexts.Read(SourceTree.SandboxProject, "SandboxResource.zh-CN.resx");
    private static readonly IReadOnlyDictionary<string, string> English = ResourceTexts.Read(SourceTree.SandboxProject, "SandboxResource.en.resx");

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
    public void Every_text_a_page_or_the_code_asks_for_is_in_both_languages()
    {
        var used = ResourceTexts.UsedInViews(SourceTree.SandboxProject);
        used.UnionWith(ResourceTexts.UsedInCode(SourceTree.SandboxProject));

        Assert.Contains("Sandbox console", used);
        Assert.Empty(used.Except(Chinese.Keys));
        Assert.Empty(used.Except(English.Keys));
    }

    [Fact]
    public void Every_fault_notification_state_and_logistics_name_has_words_in_both_languages()
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        used.UnionWith(Enum.GetNames<FaultKind>().Select(name => "Fault." + name));
        used.UnionWith(Enum.GetNames<NotificationState>().Select(name => "NotificationState." + name));
        used.UnionWith(Enum.GetNames<NotificationOrigin>().Where(name => name != nameof(NotificationOrigin.Original)).Select(name => "NotificationOrigin." + name));
        // The cashier shows logistics as the request names them, in the protocol's words.
        string[] logisticsTypes = ["EXPRESS", "POST", "EMS"];
        string[] logisticsPayments = ["BUYER_PAY", "SELLER_PAY", "BUYER_PAY_AFTER_RECEIVE"];
        used.UnionWith(logisticsTypes.Select(type => "Logistics." + type));
        used.UnionWith(logisticsPayments.Select(payment => "LogisticsPayment." + payment));

        Assert.Empty(used.Except(Chinese.Keys));
        Assert.Empty(used.Except(English.Keys));
    }
}
