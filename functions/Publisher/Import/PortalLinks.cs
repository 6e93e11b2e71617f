namespace MotCua.Publisher.Import;

/// <summary>The national public-service portal's page for a procedure, as the sample sheets link it in <c>online_url</c>.</summary>
internal static class PortalLinks
{
    public const string DetailPage = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=";

    public static string ForCode(string code) => DetailPage + Uri.EscapeDataString(code);
}
