using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>The 404 page, in Vietnamese, with a way home.</summary>
public static class NotFoundPageRenderer
{
    public static string Render()
    {
        const string main = "<h1>Không tìm thấy trang</h1><p>Trang này không có hoặc đã được chuyển đi. " +
            "Nếu ông/bà quét mã QR, hãy quét mã trên bảng thủ tục của bộ phận một cửa.</p>";
        var links = $"<p><a href=\"{SitePaths.Root}\">Về trang chủ: danh sách các đơn vị</a></p>";
        return PageShell.Render(new PageHead("Không tìm thấy trang", "Trang không tồn tại"), RootPageRenderer.SiteTitle, [PageShell.Home], main + links);
    }
}
