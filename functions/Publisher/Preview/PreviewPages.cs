using System.Globalization;
using System.Net;
using System.Text;

namespace MotCua.Publisher.Preview;

/// <summary>
/// What `serve` adds to the built site, in responses only (the files on disk stay byte for byte what `publish`
/// uploads): a script that reloads the page when a rebuild finishes, a link to the phone view, the error page,
/// and the phone frame.
/// </summary>
public static partial class PreviewPages
{
    public const string EventsPath = "/_preview/events";
    public const string PhonePrefix = "/_phone";

    /// <summary>Marks the injected script, so tests can tell a preview response from a built file.</summary>
    public const string Marker = "motcua-preview";

    /// <summary>A cheap phone's screen (CSS pixels), as the browser tests and screenshots use.</summary>
    public const int PhoneWidth = 360;

    public const int PhoneHeight = 740;

    /// <summary>
    /// The page with the reload script and the phone link before its closing body tag. The page's own content policy
    /// is taken out of the response, as it would refuse that script: the preview runs on the editor's machine only,
    /// and the files it serves from disk keep their policy.
    /// </summary>
    public static string Inject(string html, long version, string path)
    {
        html = PolicyMeta().Replace(html, "");
        var script = string.Create(CultureInfo.InvariantCulture, $$$"""
            <div id="{{{Marker}}}" style="position:fixed;right:4px;bottom:4px;z-index:99999;font:12px sans-serif;background:#ffd;border:1px solid #999;padding:2px 6px">
            <a href="{{{PhonePrefix}}}{{{WebUtility.HtmlEncode(path)}}}" target="_top">Xem trên điện thoại</a></div>
            <script>/*{{{Marker}}}*/(function(){if(window.top!==window){document.getElementById("{{{Marker}}}").remove();}
            var shown={{{version}}};var events=new EventSource("{{{EventsPath}}}");
            events.onmessage=function(e){if(Number(e.data)!==shown){events.close();location.reload();}};})();</script>
            """);
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + script : html[..end] + script + html[end..];
    }

    /// <summary>Instead of any page while the site has errors: each error as `path:line:col`, so the editor knows where to look.</summary>
    public static string Errors(PreviewState state, string path)
    {
        var list = new StringBuilder();
        foreach (var error in state.Errors)
        {
            list.Append("<li><code>").Append(WebUtility.HtmlEncode($"{error.Path}:{error.Line}:{error.Column}"))
                .Append("</code><br>").Append(WebUtility.HtmlEncode(error.Message)).Append("</li>\n");
        }

        var html = $"""
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>Lỗi trong tệp thủ tục</title><style>body{"{"}font:16px/1.5 sans-serif;margin:1rem{"}"}code{"{"}background:#fee;font-weight:bold{"}"}</style></head>
            <body><h1>Chưa dựng được trang: {state.Errors.Count} lỗi</h1>
            <p>Sửa các dòng dưới đây rồi lưu tệp; trang sẽ tự tải lại.</p><ol>
            {list}</ol></body></html>
            """;
        return Inject(html, state.Version, path);
    }

    /// <summary>The page at <paramref name="path"/> in a frame the size of a phone's screen.</summary>
    public static string Phone(string path)
    {
        var target = WebUtility.HtmlEncode(path);
        return $"""
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Xem trên điện thoại: {target}</title>
            <style>body{"{"}margin:0;background:#555;font:14px sans-serif;text-align:center{"}"}a{"{"}color:#fff{"}"}
            iframe{"{"}width:{PhoneWidth}px;height:{PhoneHeight}px;border:12px solid #111;border-radius:18px;background:#fff;margin:1rem auto;display:block{"}"}</style></head>
            <body><p><a href="{target}">Mở trang bình thường</a> · màn hình {PhoneWidth}×{PhoneHeight}</p>
            <iframe src="{target}" title="Trang {target} trên điện thoại"></iframe></body></html>
            """;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<meta http-equiv=""Content-Security-Policy"" content=""[^""]*"">", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex PolicyMeta();
}
