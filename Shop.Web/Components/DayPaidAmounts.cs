namespace Shop.Web.Components;

/// <summary>What was paid on one day in China: goods orders and donations.</summary>
public sealed record DayPaidAmounts(DateOnly Day, decimal Goods, decimal Donations);
