namespace Shop.Web.Areas.Admin;

/// <summary>The <c>Admin</c> section's rules for admin accounts.</summary>
public class AdminAccountOptions
{
    public const string Section = "Admin";

    /// <summary>Admins must turn on two-factor sign-in before they reach the admin pages (default false).</summary>
    public bool RequireTwoFactor { get; set; }
}
