using Microsoft.EntityFrameworkCore;

namespace Shop.AlipaySandbox;

/// <summary>
/// The sandbox's own database (<c>Alipay:Sandbox:ConnectionString</c>), apart from the shop's:
/// the sandbox stands for Alipay and knows the shop only through the protocol.
/// </summary>
public class SandboxDbContext(DbContextOptions<SandboxDbContext> options) : DbContext(options)
{
    public DbSet<SandboxTrade> Trades => Set<SandboxTrade>();
    public DbSet<SandboxNotification> Notifications => Set<SandboxNotification>();
    public DbSet<NotificationAttempt> NotificationAttempts => Set<NotificationAttempt>();
    public DbSet<IssuedNotifyId> NotifyIds => Set<IssuedNotifyId>();
    public DbSet<NotificationFault> Faults => Set<NotificationFault>();
    public DbSet<SandboxMail> Mails => Set<SandboxMail>();
    public DbSet<SandboxRefundBatch> RefundBatches => Set<SandboxRefundBatch>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SandboxDbContext).Assembly);

    // SQLite keeps no time zone: every time here is UTC, and is read back marked as UTC.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
