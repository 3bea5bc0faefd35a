using Microsoft.Extensions.Options;
using Shop.Domain.Payments.Alipay;
using Shop.Web.Features.Payments;

namespace Shop.Web.Configuration;

public static class AlipayConfiguration
{
    public static IServiceCollection AddAlipay(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlipayOptions>()
            .Bind(configuration.GetSection(AlipayOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlipayOptions>, AlipayOptionsValidation>();

        var timeout = TimeSpan.FromSeconds(configuration.GetValue($"{AlipayOptions.Section}:TimeoutSeconds", 10));
        services.AddHttpClient(AlipayGatewayClient.ReadingClient)
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.MaxRetryAttempts = 2;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(300);
                resilience.AttemptTimeout.Timeout = timeout;
                resilience.TotalRequestTimeout.Timeout = timeout * 3;
                resilience.CircuitBreaker.SamplingDuration = timeout * 2;
            });
        services.AddHttpClient(AlipayGatewayClient.WritingClient, client => client.Timeout = timeout);

        services.AddScoped<AlipayGatewayClient>();
        services.AddScoped<AlipayTradeClosing>();
        services.AddScoped<INotifyIdVerification>(provider => provider.GetRequiredService<AlipayGatewayClient>());
        return services;
    }
}
