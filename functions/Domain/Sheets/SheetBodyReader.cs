using Markdig;
using MotCua.Domain.Pages;

namespace MotCua.Domain.Sheets;

/// <summary>
/// Reads a sheet's Markdown body once: the same parse is checked (links, images, raw HTML) and rendered to the
/// page's HTML, instead of parsing it again when the page is rendered.
/// </summary>
internal static class SheetBodyReader
{
    public static (IReadOnlyList<SheetLink> Links, BodyOutline Outline, string? Html) Read(string body, int bodyLine, SheetSource source, List<Diagnostic> diagnostics)
    {
        // Raw HTML starts with '<'. Without one, the checking pipeline (which sees raw HTML) and the rendering pipeline
        // (which escapes it) read the same document; with one, the body is checked here and parsed again to render.
        if (body.Contains('<', StringComparison.Ordinal))
        {
            var (scanned, outline) = SheetBodyScanner.Scan(Markdown.Parse(body, SheetMarkdown.Scan), bodyLine, source.DisplayPath, diagnostics);
            return (scanned, outline, null);
        }

        var document = Markdown.Parse(body, SheetMarkdown.Render);
        var (links, bodyOutline) = SheetBodyScanner.Scan(document, bodyLine, source.DisplayPath, diagnostics);
        return (links, bodyOutline, MarkdownBodyRenderer.RenderDocument(document, url => SiteLinks.Target(source.Unit, source.Field, url)));
    }
}
