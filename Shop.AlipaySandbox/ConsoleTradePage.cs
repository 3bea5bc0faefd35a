namespace Shop.AlipaySandbox;

/// <summary>One trade in the console: its notifications with their attempts, and the faults waiting for its next ones.</summary>
public sealed record ConsoleTradePage(SandboxTrade Trade, IReadOnlyList<NotificationFault> Faults);
