using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MotCua.Domain.Sheets;

/// <summary>
/// Finds, in a sheet's Markdown body, the links to other pages of the site (for the link check), its outline (for
/// the content check), and what a page will not show: raw HTML, images, unsafe links.
/// </summary>
internal static class SheetBodyScanner
{
    /// <summary>Checks a body parsed with <see cref="SheetMarkdown.Scan"/> (or, when it has no '&lt;', with either pipeline).</summary>
    public static (IReadOnlyList<SheetLink> Links, BodyOutline Outline) Scan(MarkdownDocument document, int bodyLine, string path, List<Diagnostic> diagnostics)
    {
        var links = new List<SheetLink>();
        var headings = new List<BodyHeading>();
        var placeholders = new List<SourcePosition>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock { Level: 2, Inline: { } inline } heading:
                    headings.Add(new BodyHeading(PlainText(inline).Trim(), new SourcePosition(heading.Line + bodyLine, heading.Column + 1)));
                    break;
                case ParagraphBlock { Inline: { } inline } paragraph when SheetContent.IsPlaceholder(PlainText(inline)):
                    placeholders.Add(new SourcePosition(paragraph.Line + bodyLine, paragraph.Column + 1));
                    break;
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

        return (links, new BodyOutline(document.Count > 0, headings, placeholders));
    }

    /// <summary>The text of a heading or paragraph as a reader sees it, without its emphasis marks.</summary>
    private static string PlainText(ContainerInline inline)
    {
        var text = new System.Text.StringBuilder();
        foreach (var literal in inline.Descendants<LiteralInline>())
        {
            text.Append(literal.Content.AsSpan());
        }

        // Joined across emphasis marks, a letter and its accent may meet again: NFC again, as every message is.
        return text.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    private static void Warn(MarkdownObject node, string message, int bodyLine, string path, List<Diagnostic> diagnostics) =>
        diagnostics.Add(new Diagnostic(path, node.Line + bodyLine, node.Column + 1, Severity.Warning, message));
}
