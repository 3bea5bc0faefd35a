using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Shop.Web.Components;

namespace Shop.Tests.Components;

/// <summary>The dashboard's chart of paid amounts: an SVG drawn on the server, one bar per series and day.</summary>
public sealed class PaidAmountsChartTests : IDisposable
{
    private static readonly DateOnly FirstDay = new(2026, 10, 27);

    private readonly BunitContext _context = new();
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public PaidAmountsChartTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        _context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
    }

    /// <summary>Thirty days, all zero but those given: (day index, goods, donations).</summary>
    private static List<DayPaidAmounts> Days(params (int Index, decimal Goods, decimal Donations)[] paid)
    {
        var days = Enumerable.Range(0, 30).Select(i => new DayPaidAmounts(FirstDay.AddDays(i), 0m, 0m)).ToList();
        foreach (var (index, goods, donations) in paid)
        {
            days[index] = days[index] with { Goods = goods, Donations = donations };
        }
        return days;
    }

    private static string Day(int index) => FirstDay.AddDays(index).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private IRenderedComponent<PaidAmountsChart> Render(List<DayPaidAmounts> days) =>
        _context.Render<PaidAmountsChart>(p => p.Add(c => c.Days, days));

    private static double Height(IElement bar) => double.Parse(bar.GetAttribute("height")!, CultureInfo.InvariantCulture);

    private static IElement Bar(IRenderedComponent<PaidAmountsChart> chart, int index, string series) =>
        chart.Find($"[data-bars] > [data-day='{Day(index)}'] [data-series={series}]");

    [Fact]
    public void Bars_are_as_tall_as_their_amounts_in_both_series()
    {
        var chart = Render(Days((0, 100m, 0m), (1, 50m, 25m), (2, 0m, 100m)));

        var full = Height(Bar(chart, 0, "goods"));
        Assert.True(full > 100, $"The tallest bar is {full} units.");
        Assert.Equal(full / 2, Height(Bar(chart, 1, "goods")), precision: 1);
        Assert.Equal(full / 4, Height(Bar(chart, 1, "donations")), precision: 1);
        Assert.Equal(full, Height(Bar(chart, 2, "donations")), precision: 1);
        // Every bar stands on the same baseline.
        var baseline = double.Parse(Bar(chart, 0, "goods").GetAttribute("y")!, CultureInfo.InvariantCulture) + full;
        foreach (var bar in chart.FindAll("[data-bars] rect"))
        {
            Assert.Equal(baseline, double.Parse(bar.GetAttribute("y")!, CultureInfo.InvariantCulture) + Height(bar), precision: 1);
        }
    }

    [Fact]
    public void A_day_without_payments_has_bars_of_no_height()
    {
        var chart = Render(Days((0, 100m, 10m)));

        Assert.Equal(0, Height(Bar(chart, 5, "goods")));
        Assert.Equal(0, Height(Bar(chart, 5, "donations")));
        Assert.Equal("0.00", Bar(chart, 5, "goods").GetAttribute("data-amount"));
    }

    [Fact]
    public void A_chart_of_nothing_but_zeros_draws_flat_bars_and_a_readable_axis()
    {
        var chart = Render(Days());

        Assert.All(chart.FindAll("[data-bars] rect"), bar => Assert.Equal(0, Height(bar)));
        Assert.DoesNotContain("NaN", chart.Markup);
        Assert.DoesNotContain("Infinity", chart.Markup);
        var ticks = chart.FindAll("[data-y-axis] [data-tick]").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["¥0", "¥25", "¥50", "¥75", "¥100"], ticks);
    }

    [Fact]
    public void There_are_thirty_days_of_two_bars_each_with_a_label_a_legend_and_a_title()
    {
        var chart = Render(Days((29, 12.34m, 0m)));

        Assert.Equal(30, chart.FindAll("[data-bars] > [data-day]").Count);
        Assert.Equal(30, chart.FindAll("[data-series=goods]").Count);
        Assert.Equal(30, chart.FindAll("[data-series=donations]").Count);
        var labels = chart.FindAll("[data-day-label]").Select(l => l.TextContent).ToList();
        Assert.Equal(30, labels.Count);
        Assert.Equal("10-27", labels[0]);
        Assert.Equal("11-25", labels[^1]);
        Assert.Equal(["Goods", "Donations"], chart.FindAll("[data-legend] [data-legend-item] text").Select(t => t.TextContent));
        Assert.Equal("Paid per day, last 30 days", chart.Find("svg > title").TextContent);
        Assert.Equal("img", chart.Find("svg").GetAttribute("role"));
        Assert.Equal("2026-11-25 · Goods ¥12.34", Bar(chart, 29, "goods").QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void The_axis_ends_on_a_round_amount_above_the_largest_day()
    {
        var chart = Render(Days((3, 130m, 0m)));

        var ticks = chart.FindAll("[data-y-axis] [data-tick]").Select(t => t.GetAttribute("data-tick")).ToList();
        Assert.Equal(["0.00", "50.00", "100.00", "150.00"], ticks);
    }

    [Fact]
    public void A_payment_too_small_to_see_still_shows_as_a_sliver()
    {
        var chart = Render(Days((0, 10000m, 0m), (1, 0.01m, 0m)));

        Assert.True(Height(Bar(chart, 1, "goods")) >= PaidAmountsChartLayout.MinimumBarHeight);
    }

    [Fact]
    public void The_same_numbers_are_in_a_table_for_those_who_cannot_see_the_chart()
    {
        var chart = Render(Days((7, 1234.5m, 88m)));

        var rows = chart.FindAll("[data-paid-amounts-table] tbody tr");
        Assert.Equal(30, rows.Count);
        var row = chart.Find($"[data-paid-amounts-table] tr[data-day='{Day(7)}']");
        Assert.Equal(["¥1,234.50", "¥88.00"], row.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.NotNull(chart.Find("details > summary"));
    }

    [Fact]
    public void The_drawing_does_not_depend_on_the_pages_language()
    {
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

        var chart = Render(Days((0, 100m, 0m), (1, 33.33m, 0m)));

        Assert.DoesNotMatch(@"(height|width|x|y)=""\d+,\d", chart.Markup);
        Assert.Equal(["商品", "捐赠"], chart.FindAll("[data-legend] [data-legend-item] text").Select(t => t.TextContent));
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        _context.Dispose();
    }
}
