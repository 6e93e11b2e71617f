using System.Security.Cryptography;
using System.Text;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Surveys;

/// <summary>
/// Plans <c>/_data/survey.json</c>: the units, counters and procedures <c>POST /api/survey</c> checks
/// answers against, built with the pages so the endpoint and the forms always agree.
/// </summary>
public static class SurveyCatalogPlan
{
    public static PagePlan For(SiteModel site)
    {
        var json = Encoding.UTF8.GetString(SurveyCatalogJson.Serialize(SurveyCatalog.FromSite(site)));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        return new PagePlan(SitePaths.BlobName(SitePaths.SurveyJson), PageKind.Data, hash, () => json)
        {
            ContentType = PagePlan.JsonContentType,
        };
    }
}
