using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Cart;
using Shop.Web.Data;
using DomainCart = Shop.Domain.Cart.Cart;

namespace Shop.Web.Features.Cart;

/// <summary>
/// The current visitor's cart. A signed-in buyer's cart is found by account; an anonymous one by
/// a cookie holding its id, protected with ASP.NET Data Protection so that an edited cookie is
/// simply ignored and can never name another visitor's cart.
/// </summary>
public class ShoppingCart(
    ShopDbContext db,
    IHttpContextAccessor httpContextAccessor,
    IDataProtectionProvider dataProtection,
    CartCounts counts,
    TimeProvider clock)
{
    public const string CookieName = "shop.cart";
    private const int ConcurrentChangeAttempts = 10;
    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(30);

    private readonly IDataProtector _protector = dataProtection.CreateProtector("Shop.Cart.v1");

    private HttpContext Http => httpContextAccessor.HttpContext
        ?? throw new InvalidOperationException("The cart lives in a request.");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Whether the visitor can have no cart (not signed in, no cart cookie): their count is 0,
    /// known without building a cart and renting a database context for it.
    /// </summary>
    public static bool CannotHaveOne(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && string.IsNullOrEmpty(context.Request.Cookies[CookieName]);

    /// <summary>What the cart page would count: lines that can no longer be bought left out, quantities capped by stock.</summary>
    public async Task<int> ItemCountAsync()
    {
        // Drawn on every page: kept between pages (CartCounts), read in one query, nothing tracked.
        var userId = UserId;
        var cartId = userId is null ? ReadCookie() : null;
        if (userId is null && cartId is null)
        {
            return 0;
        }
        var carts = userId is not null ? db.Carts.Where(c => c.UserId == userId) : db.Carts.Where(c => c.Id == cartId && c.UserId == null);
        return await counts.GetOrLoadAsync(OwnerKey(userId, cartId), () => CountAsync(carts));
    }

    /// <summary>
    /// The cart changed in a transaction that has now committed (checkout): every instance reads its
    /// count again. Changes saved outside a transaction are told at once.
    /// </summary>
    public void ForgetItemCount()
    {
        var userId = UserId;
        counts.Forget(OwnerKey(userId, userId is null ? ReadCookie() : null));
    }

    private async Task<int> CountAsync(IQueryable<DomainCart> carts)
    {
        var lines = await (
            from cart in carts.AsNoTracking()
            from line in cart.Lines
            join product in db.Products.AsNoTracking() on line.ProductId equals product.Id into found
            from product in found.DefaultIfEmpty()
            select new { line.ProductId, line.Quantity, Product = product }).ToListAsync();
        var products = lines.Where(l => l.Product is not null).ToDictionary(l => l.ProductId, l => ToCartProduct(l.Product!));
        return DomainCart.ItemCountFor(lines.Select(l => (l.ProductId, l.Quantity)), products);
    }

    /// <summary>The cart with current prices. Lines that can no longer be bought drop out and are reported.</summary>
    public async Task<CartView> ViewAsync()
    {
        var cart = await FindAsync();
        if (cart is null || cart.IsEmpty)
        {
            return CartView.Empty;
        }
        var ids = cart.Lines.Select(l => l.ProductId).ToList();
        var products = await db.Products.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var notices = cart.Reconcile(products.Values.ToDictionary(p => p.Id, ToCartProduct), Now);
        if (notices.Count > 0)
        {
            await SaveAsync(cart);
        }
        var lines = cart.Lines
            .Select(l => (Product: products[l.ProductId], l.Quantity))
            .Select(l => new CartViewLine(l.Product, new PricedCartLine(l.Product.Id, l.Product.Price, l.Quantity)))
            .ToList();
        var messages = notices.Select(n => new CartMessage(n, products.GetValueOrDefault(n.ProductId)?.Name)).ToList();
        return new CartView(lines, messages);
    }

    public Task<CartChangeResult> AddAsync(int productId, int quantity) =>
        ChangeAsync(null, productId, (cart, product) => cart.Add(product, quantity, Now));

    /// <summary>Changes a line the cart holds; a product that is not in the cart is not added.</summary>
    public async Task<CartChangeResult> SetQuantityAsync(int productId, int quantity)
    {
        var cart = await FindAsync();
        if (cart is null || !cart.Contains(productId))
        {
            return new CartChangeResult(CartChangeOutcome.NotInCart, null, null);
        }
        return await ChangeAsync(cart, productId, (held, product) => held.SetQuantity(product, quantity, Now));
    }

    /// <summary>Removes a line; false when the cart held none for the product.</summary>
    public async Task<bool> RemoveAsync(int productId)
    {
        var cart = await FindAsync();
        if (cart is null || !cart.Remove(productId, Now))
        {
            return false;
        }
        await SaveAsync(cart);
        return true;
    }

    public async Task ClearAsync()
    {
        var cart = await FindAsync();
        if (cart is not null)
        {
            cart.Clear(Now);
            await SaveAsync(cart);
        }
    }

    /// <summary>
    /// At sign-in the anonymous cart joins the account's cart (quantities add up, capped by
    /// stock), then the anonymous cart and its cookie are gone. Returns what could not be
    /// brought along in full.
    /// </summary>
    public async Task<IReadOnlyList<CartMessage>> MergeAtSignInAsync(string userId)
    {
        var anonymous = await FindAnonymousAsync();
        if (anonymous is null)
        {
            return [];
        }
        var owned = await FindOwnedAsync(userId) ?? Create(userId);
        var ids = anonymous.Lines.Select(l => l.ProductId).ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var notices = owned.MergeFrom(anonymous, products.Values.ToDictionary(p => p.Id, ToCartProduct), Now);
        db.Carts.Remove(anonymous);
        await SaveAsync(owned);
        counts.Forget(OwnerKey(null, anonymous.Id));
        Http.Response.Cookies.Delete(CookieName);
        return notices.Select(n => new CartMessage(n, products.GetValueOrDefault(n.ProductId)?.Name)).ToList();
    }

    /// <summary>
    /// Checks the product can be bought, then changes the cart given; with none given, the
    /// visitor's cart, created only now so that a refused product leaves no empty cart or cookie.
    /// </summary>
    private async Task<CartChangeResult> ChangeAsync(
        DomainCart? cart, int productId, Func<DomainCart, CartProduct, CartNotice?> change)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId);
        if (product is null || !product.IsPublished)
        {
            return new CartChangeResult(CartChangeOutcome.ProductUnavailable, null, null);
        }
        if (!product.IsAvailable)
        {
            return new CartChangeResult(CartChangeOutcome.SoldOut, null, product.Name);
        }
        cart ??= await FindAsync() ?? Create(UserId);
        var notice = change(cart, ToCartProduct(product));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SaveAsync(cart);
                break;
            }
            catch (DbUpdateException) when (attempt < ConcurrentChangeAttempts)
            {
                // Another request changed the same cart first (two first adds both created it, or
                // both changed one line): apply this change again to the cart as it is now.
                db.ChangeTracker.Clear();
                cart = await FindAsync() ?? Create(UserId);
                notice = change(cart, ToCartProduct(product));
            }
        }
        return new CartChangeResult(CartChangeOutcome.Done, notice, product.Name);
    }

    private async Task SaveAsync(DomainCart cart)
    {
        await db.SaveChangesAsync();
        counts.Forget(OwnerKey(cart.UserId, cart.Id));
    }

    private static string OwnerKey(string? userId, Guid? cartId) => userId is not null ? "user:" + userId : "cart:" + cartId;

    private string? UserId =>
        Http.User.Identity?.IsAuthenticated == true
            ? Http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
            : null;

    private Task<DomainCart?> FindAsync() =>
        UserId is { } userId ? FindOwnedAsync(userId) : FindAnonymousAsync();

    private Task<DomainCart?> FindOwnedAsync(string userId) =>
        db.Carts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.UserId == userId);

    private async Task<DomainCart?> FindAnonymousAsync()
    {
        if (ReadCookie() is not { } id)
        {
            return null;
        }
        return await db.Carts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == id && c.UserId == null);
    }

    private DomainCart Create(string? userId)
    {
        var cart = new DomainCart(Guid.NewGuid(), userId, Now);
        db.Carts.Add(cart);
        if (userId is null)
        {
            Http.Response.Cookies.Append(CookieName, _protector.Protect(cart.Id.ToString("N")), new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = Http.Request.IsHttps,
                Expires = DateTimeOffset.UtcNow.Add(CookieLifetime),
            });
        }
        return cart;
    }

    private Guid? ReadCookie()
    {
        if (!Http.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }
        try
        {
            return Guid.TryParseExact(_protector.Unprotect(value), "N", out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Edited, truncated, or protected by keys this app no longer has: start a new cart.
            return null;
        }
    }

    private static CartProduct ToCartProduct(Domain.Catalog.Product product) =>
        new(product.Id, product.IsAvailable, product.AvailableQuantity);
}
