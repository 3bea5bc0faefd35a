using Shop.Domain.Ordering;
using Shop.Domain.Shipping;
using Shop.Web.Features.Payments;
using Shop.Web.Features.Shared;

namespace Shop.Tests.Localization;

/// <summary>The shop's zh-CN and en resources hold the same keys, none empty, and every text the code asks for.</summary>
public class SharedResourceTests
{
    private static readonly IReadOnlyDictionary<string, string> Chinese = ResourceTexts.Read(SourceTree.WebProject, "SharedResource.zh-CN.resx");
    private static readonly IReadOnlyDictionary<string, string> English = ResourceTexts.Read(SourceTree.WebProject, "SharedResource.en.resx");

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
        var used = ResourceTexts.UsedInViews(SourceTree.WebProject);

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(Chinese.Keys));
        Assert.Empty(used.Except(English.Keys));
    }

    [Fact]
    public void Every_text_the_code_asks_for_is_in_both_languages()
    {
        var used = ResourceTexts.UsedInCode(SourceTree.WebProject);

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
        used.UnionWith(Enum.GetValues<LogisticsPayment>().Select(payment => "LogisticsPayment." + payment));

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
}
