using MotCua.Data;

namespace MotCua.Handler.Site;

/// <summary>
/// A JSON file the publisher writes to <c>$web</c> (the code registry, the survey catalog), read through
/// <see cref="WebContent"/> and parsed once per version (ETag), so a burst of requests after a
/// cold start makes one storage read (<see cref="WebContent"/> shares it) and one parse. When storage fails, the file goes missing or a new version does not parse, the
/// last good copy is kept: codes and counters rarely change, and a scan or an answer must not fail for them.
/// </summary>
/// <param name="parse">Parses the stored file (gzip or not, see <see cref="WebFile.IsGzip"/>); throws
/// <see cref="FormatException"/> or returns null for a file that is not valid.</param>
public sealed class PublishedJson<T>(WebContent web, string blobName, Func<WebFile, T?> parse, ILogger logger) : IDisposable
    where T : class
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string ETag, T Value)? _parsed;

    /// <summary>The file's content, or null when no valid version has ever been read.</summary>
    public async ValueTask<T?> GetAsync(CancellationToken cancellationToken)
    {
        WebFile? file;
        try
        {
            file = await web.GetAsync(blobName, cancellationToken);
        }
        catch (Exception e) when (_parsed is not null && StorageFailure.Is(e, cancellationToken))
        {
            LogUnavailable(logger, blobName, e);
            return _parsed.Value.Value;
        }

        if (file is null)
        {
            return _parsed?.Value;
        }

        if (_parsed is { } known && string.Equals(known.ETag, file.ETag, StringComparison.Ordinal))
        {
            return known.Value;
        }

        // A new version: parsed once, however many requests arrive with it.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return Parse(file);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private T? Parse(WebFile file)
    {
        if (_parsed is { } cached && string.Equals(cached.ETag, file.ETag, StringComparison.Ordinal))
        {
            return cached.Value;
        }

        T? value;
        try
        {
            value = parse(file);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            value = null;
        }

        if (value is null)
        {
            LogInvalid(logger, blobName, null);
            return _parsed?.Value;
        }

        _parsed = (file.ETag, value);
        return value;
    }

    private static readonly Action<ILogger, string, Exception?> LogUnavailable =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(1, "PublishedJsonUnavailable"), "{BlobName} unavailable; using the copy read before");

    private static readonly Action<ILogger, string, Exception?> LogInvalid =
        LoggerMessage.Define<string>(LogLevel.Error, new EventId(2, "PublishedJsonInvalid"), "{BlobName} is not valid; the last valid copy is used");
}
