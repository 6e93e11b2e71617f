using MotCua.Domain.Sheets;

namespace MotCua.Handler.Site;

/// <summary>
/// Starts reading the code registry as soon as the process starts, without holding start-up back: on a cold
/// serverless instance the first scan then finds the registry (and a warm storage connection) already on its
/// way instead of paying for both after the citizen's request arrived.
/// </summary>
public sealed partial class WebContentWarmup(WebContent web, ILogger<WebContentWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(WarmAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmAsync()
    {
        try
        {
            var name = SitePaths.BlobName(SitePaths.CodesJson);
            if (await web.GetAsync(name, CancellationToken.None) is null)
            {
                // Not published yet: remember nothing, so a publish right after start is seen at once.
                web.Forget(name);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only a head start: the first scan reads the registry itself if this did not work.
            LogWarmupFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not read the code registry ahead of the first scan")]
    private partial void LogWarmupFailed(Exception ex);
}
