namespace Shop.Web;

/// <summary>The roles an account can have: <c>[Authorize]</c>, the seed and <c>create-admin</c> all name them from here.</summary>
public static class Roles
{
    public const string Admin = "Admin";
}
