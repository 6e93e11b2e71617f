using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MotCua.Infra.Tests.Docs;

/// <summary>A link as written in a Markdown file, with its 1-based line.</summary>
internal sealed record MarkdownLink(string Url, int Line);

/// <summary>
/// One Markdown file parsed by Markdig, as GitHub shows it: its links (Markdown links and images, and the
/// <c>src</c>/<c>href</c> of inline HTML such as an <c>&lt;img&gt;</c>), its headings' anchors and its first
/// code block. Links inside code are not links, which a regular expression over the text would get wrong.
/// </summary>
internal sealed partial class MarkdownFile
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private MarkdownFile(MarkdownDocument document)
    {
        var links = new List<MarkdownLink>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { IsAutoLink: false, Url: { } url } link:
                    links.Add(new MarkdownLink(url, link.Line + 1));
                    break;
                case HtmlInline html:
                    AddHtmlLinks(html.Tag, html.Line, links);
                    break;
                case HtmlBlock block:
                    AddHtmlLinks(block.Lines.ToString(), block.Line, links);
                    break;
            }
        }

        Links = links;
        var slugs = new GitHubSlugs();
        Anchors = document.Descendants<HeadingBlock>().Select(h => slugs.Next(PlainText(h.Inline))).ToHashSet(StringComparer.Ordinal);
        FirstCodeBlock = document.Descendants<CodeBlock>().FirstOrDefault()?.Lines.ToString();
    }

    public IReadOnlyList<MarkdownLink> Links { get; }

    public IReadOnlySet<string> Anchors { get; }

    /// <summary>The text of the first fenced or indented code block, if any.</summary>
    public string? FirstCodeBlock { get; }

    public static MarkdownFile Parse(string markdown) => new(Markdown.Parse(markdown, Pipeline));

    public static MarkdownFile Read(string path) => Parse(File.ReadAllText(path));

    private static void AddHtmlLinks(string html, int line, List<MarkdownLink> links) =>
        links.AddRange(HtmlLinkAttribute().Matches(html).Select(m => new MarkdownLink(m.Groups["url"].Value, line + 1)));

    /// <summary>The heading's text as GitHub reads it for the anchor: code spans' text kept, markup dropped.</summary>
    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content);
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }

    [GeneratedRegex(@"\b(?:src|href)\s*=\s*""(?<url>[^""]*)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLinkAttribute();
}
