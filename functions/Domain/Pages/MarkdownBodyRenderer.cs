using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>
/// A sheet's Markdown body to HTML that is safe to publish: raw HTML comes out escaped (the pipeline disables it),
/// links to other sheets become their site paths, and unsafe links (javascript:, data:, ...) and images (remote or
/// not) are replaced by their text. Headings start at h2 below the page's h1.
/// </summary>
public sealed class MarkdownBodyRenderer(SiteLinks links)
{
    public string Render(Sheet sheet)
    {
        var document = Markdown.Parse(sheet.Body, SheetMarkdown.Render);
        foreach (var node in document.Descendants().ToList())
        {
            switch (node)
            {
                case HeadingBlock { Level: 1 } heading:
                    heading.Level = 2;
                    break;
                case LinkInline { IsImage: true } image:
                    image.ReplaceBy(new LiteralInline("[Hình: " + TextOf(image) + "]"), copyChildren: false);
                    break;
                case LinkInline link:
                    Rewrite(sheet, link);
                    break;
                case AutolinkInline autolink when !SheetMarkdown.IsSafeLink(autolink.Url):
                    autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
                    break;
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        SheetMarkdown.Render.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private void Rewrite(Sheet sheet, LinkInline link)
    {
        var url = link.Url ?? "";
        string? target = null;
        if (SheetMarkdown.IsSiteLink(url))
        {
            target = links.Resolve(sheet, url);
        }
        else if (SheetMarkdown.IsSafeLink(url) && url.Length > 0)
        {
            target = url;
        }

        if (target is null)
        {
            link.ReplaceBy(new LiteralInline(TextOf(link)), copyChildren: false);
            return;
        }

        link.Url = target;
    }

    private static string TextOf(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container.Descendants<LiteralInline>())
        {
            text.Append(inline.Content.ToString());
        }

        return text.ToString();
    }
}
