using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using Xunit;

namespace MotCua.TestSupport;

/// <summary>
/// What Azure's static website answers, as one table that runs through all three users of the one resolver
/// (<see cref="StaticWebsitePaths"/>): the resolver itself (Domain.Tests), the host stand-in over Azurite
/// (HostStandIn.Tests) and the editor's preview over a folder (Publisher.Tests). The servers get every target as
/// written here (<see cref="RawHttp"/>), so a dot segment reaches them unresolved.
/// </summary>
public static class StaticWebsiteTable
{
    /// <summary>Pages as the publisher names them: a site path from <see cref="SitePaths"/> and its blob in <c>$web</c>.</summary>
    public static TheoryData<string, string> PublishedPages => new()
    {
        { SitePaths.Root, "index.html" },
        { SitePaths.NotFound, "404.html" },
        { SitePaths.Privacy, "chinh-sach-du-lieu.html" },
        { SitePaths.CodesJson, "_data/codes.json" },
        { SitePaths.SurveyJson, "_data/survey.json" },
        { ServiceWorkerScript.SitePath, "sw.js" },
        { SitePaths.UnitHome("u"), "u/index.html" },
        { SitePaths.Board("u", "ho-tich"), "u/ho-tich/index.html" },
        { SitePaths.IndexPage("u", "chu-dd"), "u/chu-dd.html" },
        { SitePaths.Procedure("u", "ho-tich", "dang-ky"), "u/ho-tich/dang-ky.html" },
        { SitePaths.Survey("u", "quay-1"), "u/gop-y/quay-1.html" },
        { SitePaths.SurveyThanks("u"), "u/gop-y/cam-on.html" },
        { SitePaths.MergerNotice("u"), "u/sap-nhap.html" },
        { SitePaths.Stats("u"), "stats/u/index.html" },
        { SitePaths.Posters("u"), "posters/u/index.html" },
    };

    /// <summary>No blob has the name: the 404 document with status 404.</summary>
    public const string NotFound = "(not found)";

    /// <summary>The path could leave the container: no blob is even tried, and the 404 document answers with status 404.</summary>
    public const string Refused = "(refused)";

    /// <summary>A request target as sent and the blob that answers it, or <see cref="NotFound"/>, or <see cref="Refused"/>.</summary>
    public static TheoryData<string, string> Requests => new()
    {
        { "/", "index.html" },
        { "/index.html", "index.html" },
        { "/a/", "a/index.html" },
        { "/a", "a/index.html" },
        { "/a/index.html", "a/index.html" },
        { "/a/b.html", "a/b.html" },
        { "/a/d", "a/d/index.html" },
        { "/a/d/", "a/d/index.html" },

        // A blob without an extension is itself, before any folder.
        { "/a/c", "a/c" },

        // Decoded once; the query plays no part.
        { "/a/b%20c.html", "a/b c.html" },
        { "/a/%62.html", "a/b.html" },
        { "/a/b.html?v=2", "a/b.html" },

        // Not found: no "x" -> "x.html", names are case-sensitive, a file is no folder.
        { "/a/b", NotFound },
        { "/a/b/", NotFound },
        { "/a/b.html/", NotFound },
        { "/A/b.html", NotFound },
        { "/khong-co.html", NotFound },
        { "/khong-co/", NotFound },

        // Refused: each would reach a page (or a file outside the site) if its dots or slashes were resolved.
        { "/a/../index.html", Refused },
        { "/a/%2e%2e/index.html", Refused },
        { "/a/%2E%2E/index.html", Refused },
        { "/a/..%2Findex.html", Refused },
        { "/a/..%5Cindex.html", Refused },
        { "/a%5Cb.html", Refused },
        { "/a\\b.html", Refused },
        { "//a/b.html", Refused },
        { "/a//b.html", Refused },
        { "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", Refused },
        { "/..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd", Refused },
    };

    /// <summary>Every blob of the table's site: the published pages' and those the requests name.</summary>
    public static IReadOnlyList<string> Blobs { get; } =
        [.. PublishedPages.Select(row => row[1]).Concat(Requests.Select(row => row[1])).Cast<string>().Except([NotFound, Refused])];

    /// <summary>The content of a blob of the table's site: its own name, so an answer shows which blob it was.</summary>
    public static string Body(string blob) => $"<h1>{blob}</h1>";

    /// <summary>What a server's answer to a row must be: the blob with 200, or the 404 document with 404.</summary>
    public static (int Status, string Body) Expected(string outcome) =>
        outcome is NotFound or Refused ? (404, Body("404.html")) : (200, Body(outcome));
}
