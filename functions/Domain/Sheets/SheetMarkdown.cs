using Markdig;

namespace MotCua.Domain.Sheets;

/// <summary>The two Markdig pipelines, built once (a pipeline is immutable after Build and thread-safe).</summary>
public static class SheetMarkdown
{
    /// <summary>For pages: pipe tables; raw HTML disabled, so tags in a sheet come out as escaped text.</summary>
    public static readonly MarkdownPipeline Render = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <summary>For checking: raw HTML still parsed, so the validator can point at it.</summary>
    public static readonly MarkdownPipeline Scan = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static readonly string[] SafeSchemes = ["https:", "http:", "mailto:", "tel:"];

    /// <summary>True for links that point inside the site: no scheme, not a fragment, not protocol-relative.</summary>
    public static bool IsSiteLink(string url) =>
        url.Length > 0 && url[0] != '#' && !url.StartsWith("//", StringComparison.Ordinal) && !HasScheme(url);

    /// <summary>True for links a page may keep: site links, fragments and https/http/mailto/tel.</summary>
    public static bool IsSafeLink(string url)
    {
        var trimmed = url.Trim();
        return !HasScheme(trimmed) || SafeSchemes.Any(s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var slash = url.IndexOfAny(['/', '?', '#']);
        return slash < 0 || colon < slash;
    }
}
