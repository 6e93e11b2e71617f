using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MotCua.Domain.Sheets;

/// <summary>
/// Finds, in a sheet's Markdown body, the links to other pages of the site (for the link check) and
/// what a page will not show: raw HTML, images, unsafe links.
/// </summary>
internal static class SheetBodyScanner
{
    /// <summary>Checks a body parsed with <see cref="SheetMarkdown.Scan"/> (or, when it has no '&lt;', with either pipeline).</summary>
    public static IReadOnlyList<SheetLink> Scan(MarkdownDocument document, int bodyLine, string path, List<Diagnostic> diagnostics)
    {
        var links = new List<SheetLink>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { IsImage: true } image:
                    Warn(image, "trang không hiện hình ảnh (mỗi ảnh làm người dân tốn thời gian và dung lượng trên mạng 2G): hãy tả bằng lời", bodyLine, path, diagnostics);
                    break;
                case LinkInline link when link.Url is { } url && !SheetMarkdown.IsSafeLink(url):
                    Warn(link, $"liên kết '{url}' sẽ bị bỏ: trang chỉ giữ liên kết trong trang web và liên kết https, http, mailto hoặc tel", bodyLine, path, diagnostics);
                    break;
                case LinkInline link when link.Url is { } url && SheetMarkdown.IsSiteLink(url):
                    links.Add(new SheetLink(url, link.Line + bodyLine, link.Column + 1));
                    break;
                case AutolinkInline autolink when !SheetMarkdown.IsSafeLink(autolink.Url):
                    Warn(autolink, $"liên kết '{autolink.Url}' sẽ bị bỏ: trang chỉ giữ liên kết https, http, mailto hoặc tel", bodyLine, path, diagnostics);
                    break;
                case HtmlBlock or HtmlInline:
                    Warn(node, "không dùng được mã HTML: trang sẽ hiện nó như chữ thường; hãy viết bằng Markdown", bodyLine, path, diagnostics);
                    break;
            }
        }

        return links;
    }

    private static void Warn(MarkdownObject node, string message, int bodyLine, string path, List<Diagnostic> diagnostics) =>
        diagnostics.Add(new Diagnostic(path, node.Line + bodyLine, node.Column + 1, Severity.Warning, message));
}
