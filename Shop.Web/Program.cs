using Shop.Web.Configuration;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddShopData(builder.Configuration, builder.Environment);
builder.Services.AddShopIdentity();
builder.Services.AddShopLocalization();
builder.Services.AddShopMvc();
builder.Services.AddStorefront();
builder.Services.AddLiveOrderPages();

var app = builder.Build();

if (await app.RunCommandLineAsync(args))
{
    return;
}

await app.PrepareDatabaseAsync();

app.UseShopPipeline();
app.MapShopEndpoints();
app.MapLiveOrderPages();

app.Run();

public partial class Program;
