using Microsoft.AspNetCore.Identity;

namespace Shop.Web.Data.Seed;

public static class AdminAccounts
{
    public const string Role = "Admin";

    public static async Task EnsureRoleAsync(RoleManager<IdentityRole> roles)
    {
        if (!await roles.RoleExistsAsync(Role))
        {
            await roles.CreateAsync(new IdentityRole(Role));
        }
    }

    public static async Task<IdentityResult> CreateAsync(UserManager<IdentityUser> users, string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return created;
            }
        }
        return await users.IsInRoleAsync(user, Role)
            ? IdentityResult.Success
            : await users.AddToRoleAsync(user, Role);
    }
}
