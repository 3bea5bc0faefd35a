using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Shop.Tests.Web;

/// <summary>Puts the <see cref="NotifySink"/> in front of the app's own pipeline, in tests only.</summary>
public sealed class NotifySinkStartupFilter(NotifySink sink) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(NotifySink.PathBase, branch => branch.Run(sink.HandleAsync));
        next(app);
    };
}
