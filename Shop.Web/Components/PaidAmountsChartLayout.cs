using System.Globalization;

namespace Shop.Web.Components;

/// <summary>
/// Where everything of the paid-amounts chart goes, in the SVG's own units: a bar per series and
/// day, grouped by day from left to right, heights in proportion to a scale that ends on a round
/// amount, with a tick on every round step. Kept apart from the markup so it can be tested as numbers.
/// </summary>
public sealed class PaidAmountsChartLayout
{
    public const double Width = 960;
    public const double Height = 340;
    public const double PlotLeft = 76;
    public const double PlotRight = Width - 16;

    /// <summary>Room above the plot is for the legend, below it for the slanted day labels.</summary>
    public const double PlotTop = 44;

    public const double PlotBottom = Height - 60;

    /// <summary>The scale when nothing was paid at all: an empty chart still has a readable axis.</summary>
    public const decimal EmptyMaximum = 100m;

    /// <summary>A payment too small to see on the scale still shows as a sliver.</summary>
    public const double MinimumBarHeight = 1;

    private const int TargetTickCount = 4;
    private static readonly decimal[] RoundSteps = [1m, 2m, 2.5m, 5m, 10m];

    public PaidAmountsChartLayout(IReadOnlyList<DayPaidAmounts> days)
    {
        var largest = days.Count == 0 ? 0m : days.Max(d => Math.Max(d.Goods, d.Donations));
        Step = RoundStep(largest);
        Maximum = largest <= 0m ? EmptyMaximum : Step * Math.Ceiling(largest / Step);

        var tickCount = (int)(Maximum / Step);
        Ticks = Enumerable.Range(0, tickCount + 1).Select(i => new Tick(Step * i, YOf(Step * i))).ToList();

        var slot = days.Count == 0 ? 0 : (PlotRight - PlotLeft) / days.Count;
        var barWidth = slot * 0.36;
        Days = days.Select((day, index) =>
        {
            var left = PlotLeft + slot * index + slot * 0.14;
            return new Day(
                day,
                PlotLeft + slot * (index + 0.5),
                BarFor(day.Goods, left, barWidth),
                BarFor(day.Donations, left + barWidth, barWidth));
        }).ToList();
    }

    /// <summary>The amount at the top of the plot.</summary>
    public decimal Maximum { get; }

    /// <summary>The amount between two ticks.</summary>
    public decimal Step { get; }

    public IReadOnlyList<Tick> Ticks { get; }

    public IReadOnlyList<Day> Days { get; }

    /// <summary>An axis label: whole yuan when the ticks are whole, fen otherwise.</summary>
    public string TickLabel(decimal amount) =>
        amount.ToString(Step == Math.Floor(Step) ? "¥#,##0" : "¥#,##0.00", CultureInfo.InvariantCulture);

    private double YOf(decimal amount) => PlotBottom - (double)(amount / Maximum) * (PlotBottom - PlotTop);

    private Bar BarFor(decimal amount, double x, double width)
    {
        var height = PlotBottom - YOf(amount);
        if (amount > 0m && height < MinimumBarHeight)
        {
            height = MinimumBarHeight;
        }
        return new Bar(amount, x, PlotBottom - height, width, height);
    }

    /// <summary>1, 2, 2.5 or 5 times a power of ten, so that about four steps reach the largest amount; at least one fen.</summary>
    private static decimal RoundStep(decimal largest)
    {
        if (largest <= 0m)
        {
            return EmptyMaximum / TargetTickCount;
        }
        var rough = largest / TargetTickCount;
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)rough)));
        var step = RoundSteps.First(s => s * magnitude >= rough) * magnitude;
        return Math.Max(step, 0.01m);
    }

    /// <summary>A line across the plot at a round amount.</summary>
    public sealed record Tick(decimal Amount, double Y);

    /// <summary>One day's place on the chart: the middle of its slot (for its label) and its two bars.</summary>
    public sealed record Day(DayPaidAmounts Amounts, double LabelX, Bar Goods, Bar Donations);

    /// <summary>A bar standing on the baseline: its top is at <see cref="Y"/>.</summary>
    public sealed record Bar(decimal Amount, double X, double Y, double Width, double Height);
}
