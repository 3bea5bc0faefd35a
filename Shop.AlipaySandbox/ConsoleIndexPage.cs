namespace Shop.AlipaySandbox;

/// <summary>The console's start page: the latest trades and the faults waiting for any trade's next notification.</summary>
public sealed record ConsoleIndexPage(IReadOnlyList<SandboxTrade> Trades, IReadOnlyList<NotificationFault> GlobalFaults);
