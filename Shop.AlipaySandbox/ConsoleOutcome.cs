namespace Shop.AlipaySandbox;

/// <summary>What became of an action taken in the sandbox console.</summary>
public enum ConsoleOutcome
{
    Done,
    NoSuchTrade,

    /// <summary>The trade's status does not allow it (or it changed at the same moment).</summary>
    NotAllowed,

    /// <summary>The amount is not yuan with at most two decimals, or is out of range.</summary>
    InvalidAmount,
}
