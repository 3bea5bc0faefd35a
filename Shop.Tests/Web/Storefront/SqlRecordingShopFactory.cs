using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Shop.Web.Data;

namespace Shop.Tests.Web.Storefront;

/// <summary>
/// The shop on real SQLite with every SQL command run for a request recorded by request path
/// (commands of background work are not recorded), and a way to hold one request's query until
/// the request is cancelled: a request whose query string has <see cref="StallParameter"/> waits in
/// its first query on the cancellation token EF passed to that query.
/// </summary>
public sealed class SqlRecordingShopFactory : ShopWebApplicationFactory
{
    public const string StallParameter = "test-stall-query";

    public SqlLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // On PostgreSQL the shop's context is PostgresShopDbContext, whose options are its own.
        builder.ConfigureTestServices(services => services
            .ConfigureDbContext<ShopDbContext>((provider, options) =>
                options.AddInterceptors(new Recorder(Log, provider.GetRequiredService<IHttpContextAccessor>())))
            .ConfigureDbContext<PostgresShopDbContext>((provider, options) =>
                options.AddInterceptors(new Recorder(Log, provider.GetRequiredService<IHttpContextAccessor>()))));
    }

    public sealed class SqlLog
    {
        private readonly ConcurrentQueue<(string Path, string Sql)> _commands = new();

        /// <summary>Set when a stalled query has started, and when its cancellation token fired.</summary>
        public TaskCompletionSource StalledQueryStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource StalledQueryCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Clear() => _commands.Clear();

        public void Add(string path, string sql) => _commands.Enqueue((path, sql));

        /// <summary>The commands run for requests to <paramref name="path"/> since the last <see cref="Clear"/>.</summary>
        public List<string> For(string path) => _commands.Where(c => c.Path == path).Select(c => c.Sql).ToList();
    }

    private sealed class Recorder(SqlLog log, IHttpContextAccessor http) : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (http.HttpContext is { } context)
            {
                log.Add(context.Request.Path, command.CommandText);
                if (context.Request.Query.ContainsKey(StallParameter) && log.StalledQueryStarted.TrySetResult())
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, cancellationToken);
                    }
                    catch (OperationCanceledException)
                    {
                        log.StalledQueryCancelled.TrySetResult();
                        throw;
                    }
                }
            }
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return result;
        }

        private void Record(DbCommand command)
        {
            if (http.HttpContext is { } context)
            {
                log.Add(context.Request.Path, command.CommandText);
            }
        }
    }
}
