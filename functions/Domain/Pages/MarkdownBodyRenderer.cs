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
    /// <summary>The body as HTML: the one rendered when the sheet was read, unless one of its site links is broken.</summary>
    public string Render(Sheet sheet)
    {
        if (sheet.BodyHtml is { } html && sheet.Links.All(l => links.Resolve(sheet, l.Url) is not null))
        {
            return html;
        }

        return RenderDocument(Markdown.Parse(sheet.Body, SheetMarkdown.Render), url => links.Resolve(sheet, url));
    }

    /// <summary>
    /// Renders a body parsed with <see cref="SheetMarkdown.Render"/>; <paramref name="siteLink"/> gives the path a site
    /// link opens, or null to show the link as text. The document is changed on the way.
    /// </summary>
    public static string RenderDocument(MarkdownDocument document, Func<string, string?> siteLink)
    {
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
                    Rewrite(link, siteLink);
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

    private static void Rewrite(LinkInline link, Func<string, string?> siteLink)
    {
        var url = link.Url ?? "";
        string? target = null;
        if (SheetMarkdown.IsSiteLink(url))
        {
            target = siteLink(url);
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
