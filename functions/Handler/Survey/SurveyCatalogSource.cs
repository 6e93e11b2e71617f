using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.Domain.Surveys;
using MotCua.Handler.Site;

namespace MotCua.Handler.Survey;

/// <summary>The published <c>/_data/survey.json</c> (see <see cref="PublishedJson{T}"/>): counters rarely change, answers must not be lost.</summary>
public sealed class SurveyCatalogSource(WebContent web, ILogger<SurveyCatalogSource> logger) : IDisposable
{
    private readonly PublishedJson<SurveyCatalog> _file = new(web, SitePaths.BlobName(SitePaths.SurveyJson), Parse, logger);

    /// <summary>The catalog, or null when none has ever been read.</summary>
    public ValueTask<SurveyCatalog?> GetAsync(CancellationToken ct) => _file.GetAsync(ct);

    public void Dispose() => _file.Dispose();

    private static SurveyCatalog? Parse(WebFile file) => SurveyCatalogJson.Parse(file.IsGzip ? Gzip.Decompress(file.Bytes) : file.Bytes);
}
