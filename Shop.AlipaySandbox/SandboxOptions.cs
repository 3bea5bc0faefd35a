namespace Shop.AlipaySandbox;

/// <summary>The <c>Alipay:Sandbox</c> configuration section: the local emulator of the Alipay gateway.</summary>
public class SandboxOptions
{
    public const string Section = "Alipay:Sandbox";

    /// <summary>Turns the sandbox on, in Development only: in any other environment it is never registered.</summary>
    public bool Enabled { get; set; }

    /// <summary>The sandbox's own SQLite file; a relative path is taken from the content root.</summary>
    public string ConnectionString { get; set; } = "Data Source=App_Data/alipay-sandbox.db";

    /// <summary>Merchants besides the shop's own <c>Alipay:Partner</c>, each with the services it has a contract for.</summary>
    public List<SandboxMerchantOptions> Merchants { get; set; } = [];

    /// <summary>What <c>create_direct_pay_by_user</c> reaches for the shop's own partner: TRADE_SUCCESS or TRADE_FINISHED.</summary>
    public string DirectPayTradeStatus { get; set; } = "TRADE_SUCCESS";

    /// <summary>Multiplies Alipay's resend schedule (2m, 10m, 10m, 1h, 2h, 6h, 15h); 0.001 makes minutes tenths of seconds.</summary>
    public double NotifyScheduleScale { get; set; } = 1.0;

    /// <summary>How often the background delivery looks for notifications that are due and trades that timed out.</summary>
    public int PollIntervalMilliseconds { get; set; } = 1000;

    /// <summary>How long the notify_id of a return (the buyer's redirect) stays valid for notify_verify.</summary>
    public int ReturnNotifyIdLifetimeSeconds { get; set; } = 60;

    /// <summary>How long one notify POST may take before it counts as a failed attempt.</summary>
    public int NotifyTimeoutSeconds { get; set; } = 15;

    /// <summary>The loopback port of the development mailbox's SMTP server; the shop's Mail:Port defaults to it in Development.</summary>
    public int MailboxPort { get; set; } = 2525;

    /// <summary>True when the sandbox is enabled and the environment is Development.</summary>
    public static bool IsOn(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsDevelopment() && configuration.GetValue<bool>(Section + ":Enabled");
}
