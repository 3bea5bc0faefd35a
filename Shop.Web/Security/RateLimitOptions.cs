namespace Shop.Web.Security;

/// <summary>The <c>RateLimits</c> configuration section (README: Rate limits).</summary>
public class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Switches every limit below off at once, the unpaid-order caps included (load tests on loopback).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Sign-in attempts (and the two-factor steps after them) from one client address.</summary>
    public FormLimit SignIn { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    /// <summary>Accounts registered from one client address.</summary>
    public FormLimit Registration { get; set; } = new() { PermitLimit = 5, WindowSeconds = 600 };

    /// <summary>Password reset requests from one client address.</summary>
    public FormLimit PasswordReset { get; set; } = new() { PermitLimit = 5, WindowSeconds = 600 };

    /// <summary>Donations started from one client address.</summary>
    public FormLimit Donation { get; set; } = new() { PermitLimit = 10, WindowSeconds = 600 };

    /// <summary>Orders placed from one client address.</summary>
    public FormLimit Checkout { get; set; } = new() { PermitLimit = 10, WindowSeconds = 600 };

    /// <summary>Orders (donations included) waiting for payment that one account may have open at once.</summary>
    public int MaxUnpaidOrdersPerAccount { get; set; } = 5;

    /// <summary>Orders (donations included) waiting for payment placed from one client address that may be open at once.</summary>
    public int MaxUnpaidOrdersPerAddress { get; set; } = 10;
}

/// <summary>At most <see cref="PermitLimit"/> posts in any <see cref="WindowSeconds"/> (a sliding window).</summary>
public class FormLimit
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; }
}
