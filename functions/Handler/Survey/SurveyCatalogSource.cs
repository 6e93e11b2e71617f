using System.IO.Compression;
using MotCua.Domain.Sheets;
using MotCua.Domain.Surveys;
using MotCua.Handler.Site;

namespace MotCua.Handler.Survey;

/// <summary>
/// The published <c>/_data/survey.json</c>, read through <see cref="WebContent"/> (which keeps the last
/// copy when storage fails) and parsed once per version.
/// </summary>
public sealed class SurveyCatalogSource(WebContent web, ILogger<SurveyCatalogSource> logger)
{
    private (string ETag, SurveyCatalog Catalog)? _parsed;

    /// <summary>The catalog, or null when none is published or it cannot be read.</summary>
    /// <remarks>When storage fails, the last catalog read is used: counters rarely change, answers must not wait.</remarks>
    public async ValueTask<SurveyCatalog?> GetAsync(CancellationToken ct)
    {
        WebFile? file;
        try
        {
            file = await web.GetAsync(SitePaths.BlobName(SitePaths.SurveyJson), ct);
        }
        catch (Exception e) when (_parsed is not null && SurveyStore.IsStorageFailure(e, CancellationToken.None))
        {
            logger.LogWarning(e, "{Path} unavailable; using the copy read before", SitePaths.SurveyJson);
            return _parsed.Value.Catalog;
        }

        if (file is null)
        {
            return null;
        }

        var etag = file.ETag;
        if (_parsed is { } cached && string.Equals(cached.ETag, etag, StringComparison.Ordinal))
        {
            return cached.Catalog;
        }

        var catalog = SurveyCatalogJson.Parse(Decode(file));
        if (catalog is null)
        {
            logger.LogError("{Path} is not a valid survey catalog; survey answers cannot be checked", SitePaths.SurveyJson);
            return null;
        }

        _parsed = (etag, catalog);
        return catalog;
    }

    private static byte[] Decode(WebFile file)
    {
        var bytes = file.Bytes;
        if (!string.Equals(file.ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase))
        {
            return bytes;
        }

        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
