using Shop.Web.Configuration;

var builder = WebApplication.CreateBuilder(args);

builder.AddShopInstance();
builder.Services.AddShopData(builder.Configuration, builder.Environment);
builder.Services.AddShopDataProtection();
builder.Services.AddShopIdentity(builder.Configuration);
builder.Services.AddShopLocalization();
builder.Services.AddShopMvc();
builder.Services.AddTextCompression();
builder.Services.AddShopProxies(builder.Configuration);
builder.Services.AddShopRateLimits(builder.Configuration);
builder.Services.AddStorefront();
builder.Services.AddOrdering();
builder.Services.AddAlipay(builder.Configuration);
builder.Services.AddCheckoutAndPayments(builder.Configuration);
builder.Services.AddCatalogAdmin(builder.Configuration);
builder.Services.AddOrderAdmin();
builder.Services.AddShopMail(builder.Configuration, builder.Environment);
builder.AddLocalAlipayGateway();

var app = builder.Build();

if (await app.RunCommandLineAsync(args))
{
    return;
}

await app.PrepareDatabaseAsync();

app.UseShopProxies();
app.UseSecurityHeaders();
app.UseShopPipeline();
app.UseShopRateLimits();
app.UseCatalogCache();
app.UseUploadedProductImages();
app.MapShopEndpoints();
app.MapAlipayNotify();
app.MapOrdering();
app.MapBenchmarkBaseline();

app.Run();

public partial class Program;
