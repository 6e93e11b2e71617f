using System.Net;
using MotCua.Data.Scans;
using MotCua.Domain.Scans;
using MotCua.Domain.Sheets;

namespace MotCua.Handler.Site;

/// <summary>
/// Does the first scan's one-time work in the background once the server listens, so it never delays start-up
/// or the first answer: the code registry is read and parsed (which also opens a storage connection and compiles the storage
/// pipeline), one page is read, and one scan row is made and thrown away (the user-agent rules and the visitor
/// hash compiled). The first citizen then finds it done or on its way instead of paying for it after the request
/// arrived. Nothing is written.
/// </summary>
public sealed partial class WebContentWarmup(
    WebContent web,
    CodeDirectory codes,
    ScanEntityFactory records,
    IHostApplicationLifetime lifetime,
    ILogger<WebContentWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(WarmAsync, CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmAsync()
    {
        try
        {
            var registry = await codes.GetAllAsync(CancellationToken.None);
            if (registry is null)
            {
                // Not published yet: remember nothing, so a publish right after start is seen at once.
                web.Forget(SitePaths.BlobName(SitePaths.CodesJson));
                return;
            }

            if (registry.Codes.Count > 0)
            {
                var entry = registry.Codes[0];
                _ = records.Create(entry, ScanEvent.Scan, new ScanRequest(IPAddress.Loopback, "Mozilla/5.0 (warm-up)", null));
                await web.GetAsync(SitePaths.BlobName(entry.Path), CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only a head start: the first scan does this work itself if this did not work.
            LogWarmupFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not warm up ahead of the first scan")]
    private partial void LogWarmupFailed(Exception ex);
}
