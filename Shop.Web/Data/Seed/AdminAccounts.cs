using Microsoft.AspNetCore.Identity;

namespace Shop.Web.Data.Seed;

public static class AdminAccounts
{
    public static async Task EnsureRoleAsync(RoleManager<IdentityRole> roles)
    {
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            await roles.CreateAsync(new IdentityRole(Roles.Admin));
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
        return await users.IsInRoleAsync(user, Roles.Admin)
            ? IdentityResult.Success
            : await users.AddToRoleAsync(user, Roles.Admin);
    }
}
