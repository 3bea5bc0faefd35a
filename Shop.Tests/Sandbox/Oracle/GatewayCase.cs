namespace Shop.Tests.Sandbox.Oracle;

/// <summary>
/// One request to gateway.do and the answer the protocol says it gets: the parameters before
/// signing, how they are signed, what must have happened before, and the answer.
/// </summary>
public sealed record GatewayCase
{
    public required string Name { get; init; }

    /// <summary>The parameters as the merchant sends them, before <c>sign</c> and <c>sign_type</c>; {trade_no} and {out_trade_no} name the trade of <see cref="Given"/>.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; }

    /// <summary>The MD5 key of the partner that sends the request.</summary>
    public required string Key { get; init; }

    public Signature Signature { get; init; } = new();

    public Given Given { get; init; } = Given.Nothing;

    /// <summary>The request sent before this one, for <see cref="Given.SameRequestOpened"/> and <see cref="Given.SameRequestClosed"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? First { get; init; }

    /// <summary>Sent as a GET with the parameters in the query string (a GET form, or a server call) instead of a form POST.</summary>
    public bool AsGet { get; init; }

    public Answer Expected { get; init; } = Answer.Accepted;

    public string? Value(string name) => Parameters.FirstOrDefault(p => p.Key == name).Value;

    /// <summary>A copy with one parameter set (in place, or at the end when new), or removed for null.</summary>
    public GatewayCase Set(string name, string? value)
    {
        var parameters = Parameters.ToList();
        var index = parameters.FindIndex(p => p.Key == name);
        if (value is null)
        {
            if (index >= 0)
            {
                parameters.RemoveAt(index);
            }
        }
        else if (index >= 0)
        {
            parameters[index] = KeyValuePair.Create(name, value);
        }
        else
        {
            parameters.Add(KeyValuePair.Create(name, value));
        }

        return this with { Parameters = parameters };
    }

    public GatewayCase Accepted() => this with { Expected = Answer.Accepted };

    /// <summary>Refused for what the request says: the shop's request rules must refuse it too, with the same code.</summary>
    public GatewayCase Refused(string errorCode) => this with { Expected = new Answer(errorCode, OnlyTheGatewayKnows: false) };

    /// <summary>
    /// Refused for what only the gateway knows (keys, partners and their contracts, trades): the
    /// request itself is well formed, so the shop's request rules must let it through.
    /// </summary>
    public GatewayCase RefusedByGateway(string errorCode) => this with { Expected = new Answer(errorCode, OnlyTheGatewayKnows: true) };

    public override string ToString() => Name;
}

/// <summary>The gateway's answer: accepted (the cashier opens, or <c>is_success</c> is T), or an error code.</summary>
public sealed record Answer(string? ErrorCode, bool OnlyTheGatewayKnows)
{
    public static readonly Answer Accepted = new(null, false);

    public override string ToString() => ErrorCode ?? "accepted";
}

/// <summary>
/// How the request is signed, by default correctly as the protocol says: every parameter sent but
/// <c>sign</c> and <c>sign_type</c>, empty ones left out, sorted by name, joined raw, the key
/// appended, MD5 over the bytes in the request's charset, lower-case hex.
/// </summary>
public sealed record Signature
{
    /// <summary>Signed with this key instead of the partner's.</summary>
    public string? Key { get; init; }

    /// <summary>Hashed over the bytes in this charset instead of the request's.</summary>
    public string? Charset { get; init; }

    public bool IncludesSignType { get; init; }

    /// <summary>Values percent-encoded before signing, a classic mistake.</summary>
    public bool OverEncodedValues { get; init; }

    /// <summary>Empty values signed as <c>name=</c> instead of left out.</summary>
    public bool KeepsEmpty { get; init; }

    /// <summary>A parameter that is sent but left out of the signed string.</summary>
    public string? LeavesOut { get; init; }

    public bool UpperCase { get; init; }

    /// <summary>No <c>sign</c> at all.</summary>
    public bool Omitted { get; init; }

    /// <summary><c>sign_type</c> as sent; null sends none.</summary>
    public string? SignType { get; init; } = "MD5";
}

/// <summary>What the gateway must already know when the request arrives.</summary>
public enum Given
{
    Nothing,

    /// <summary>A request for the same out_trade_no (<see cref="GatewayCase.First"/>) opened the cashier before: its trade waits for payment.</summary>
    SameRequestOpened,

    /// <summary>A request for the same out_trade_no opened the cashier, then the merchant closed the trade.</summary>
    SameRequestClosed,

    /// <summary>A trade_create_by_buyer trade waiting for payment.</summary>
    UnpaidEscrowTrade,

    /// <summary>A trade_create_by_buyer trade paid into escrow: WAIT_SELLER_SEND_GOODS.</summary>
    PaidEscrowTrade,

    /// <summary>A paid escrow trade whose goods were sent: WAIT_BUYER_CONFIRM_GOODS.</summary>
    ShippedEscrowTrade,

    /// <summary>A trade_create_by_buyer trade closed before payment.</summary>
    ClosedEscrowTrade,

    /// <summary>A create_direct_pay_by_user trade paid: TRADE_SUCCESS.</summary>
    PaidInstantTrade,
}
