using MotCua.Data;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.Domain.Surveys;
using MotCua.Handler.Site;

namespace MotCua.Handler.Survey;

/// <summary>
/// The published <c>/_data/survey.json</c>, read through <see cref="WebContent"/> (kept in memory,
/// revalidated by ETag) and parsed once per version. Reads go one at a time, so a burst of answers
/// after a cold start makes one storage read, not hundreds racing the first-read budget.
/// </summary>
public sealed class SurveyCatalogSource(WebContent web, ILogger<SurveyCatalogSource> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string ETag, SurveyCatalog Catalog)? _parsed;

    /// <summary>The catalog, or null when none has ever been read.</summary>
    /// <remarks>When storage fails or the file goes missing, the last catalog read is kept: counters rarely change, answers must not be lost.</remarks>
    public async ValueTask<SurveyCatalog?> GetAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return await ReadAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<SurveyCatalog?> ReadAsync(CancellationToken ct)
    {
        WebFile? file;
        try
        {
            file = await web.GetAsync(SitePaths.BlobName(SitePaths.SurveyJson), ct);
        }
        catch (Exception e) when (_parsed is not null && StorageFailure.Is(e, CancellationToken.None))
        {
            logger.LogWarning(e, "{Path} unavailable; using the copy read before", SitePaths.SurveyJson);
            return _parsed.Value.Catalog;
        }

        if (file is null)
        {
            return _parsed?.Catalog;
        }

        if (_parsed is { } cached && string.Equals(cached.ETag, file.ETag, StringComparison.Ordinal))
        {
            return cached.Catalog;
        }

        var catalog = SurveyCatalogJson.Parse(Decode(file));
        if (catalog is null)
        {
            logger.LogError("{Path} is not a valid survey catalog; answers are checked against the last valid one", SitePaths.SurveyJson);
            return _parsed?.Catalog;
        }

        _parsed = (file.ETag, catalog);
        return catalog;
    }

    private static byte[] Decode(WebFile file)
    {
        if (!file.IsGzip)
        {
            return file.Bytes;
        }

        try
        {
            return Gzip.Decompress(file.Bytes);
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }
}
