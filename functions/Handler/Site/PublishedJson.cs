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
        // WebContent answers null when storage fails before a first copy, and its cached copy afterwards.
        var file = await web.GetAsync(blobName, cancellationToken);
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

    private static readonly Action<ILogger, string, Exception?> LogInvalid =
        LoggerMessage.Define<string>(LogLevel.Error, new EventId(2, "PublishedJsonInvalid"), "{BlobName} is not valid; the last valid copy is used");
}
