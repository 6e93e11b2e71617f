namespace MotCua.Domain.Sheets;

/// <summary>
/// Where each page lives on the site (absolute paths on one origin) and in the <c>$web</c> container.
/// Everything that links, scans, publishes or counts uses these, so the layout is decided once.
/// </summary>
public static class SitePaths
{
    public const string NotFound = "/404.html";
    public const string Root = "/";

    /// <summary>The privacy notice, one for the site, linked from every page's footer and from the survey.</summary>
    public const string Privacy = "/chinh-sach-du-lieu.html";

    /// <summary>The resolved code registry the handler reads: code → target and page path.</summary>
    public const string CodesJson = "/_data/codes.json";

    /// <summary>What the survey endpoint checks answers against: units, their counters and procedures.</summary>
    public const string SurveyJson = "/_data/survey.json";

    public static string UnitHome(string unit) => $"/{unit}/";

    public static string Board(string unit, string field) => $"/{unit}/{field}/";

    /// <summary>A large unit's page of one A–Z letter (anchor "chu-dd"): a file, so no field folder can take its name.</summary>
    public static string IndexPage(string unit, string anchor) => $"/{unit}/{anchor}.html";

    public static string Procedure(string unit, string field, string slug) => $"/{unit}/{field}/{slug}.html";

    public static string Procedure(Sheet sheet) => Procedure(sheet.Unit, sheet.Field, sheet.Slug);

    public static string Survey(string unit, string counter) => $"/{unit}/gop-y/{counter}.html";

    /// <summary>A merged office's page: "this office is now part of …", what its old codes open when nothing closer exists.</summary>
    public static string MergerNotice(string unit) => $"/{unit}/sap-nhap.html";

    public static string SurveyThanks(string unit) => $"/{unit}/gop-y/cam-on.html";

    public static string Stats(string unit) => $"/stats/{unit}/";

    public static string Posters(string unit) => $"/posters/{unit}/";

    public static string Scan(string code) => $"/s/{code}";

    public static string PortalClick(string code) => $"/go/{code}";

    /// <summary>
    /// The blob name for a site path, as the publisher uploads it: folders map to their index document, the leading
    /// slash goes. <see cref="StaticWebsitePaths.Candidates"/> answers a request with it.
    /// </summary>
    public static string BlobName(string sitePath)
    {
        var path = sitePath.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + StaticWebsitePaths.IndexDocument : path;
    }
}
