using System.Text;
using MotCua.Domain.Codes;
using MotCua.Domain.Qr;
using MotCua.Domain.Surveys;

namespace MotCua.Domain.Posters;

/// <summary>
/// Renders A4 print pages: for a board, the field's name, a large QR (9 cm, at least 6 cm as the issue asks, so it
/// scans from across the room), the code in text and its procedures; for a counter, the survey QR and the question.
/// The QR is inline SVG, so the print is sharp at any printer resolution and the page needs no other file.
/// </summary>
public static class PosterRenderer
{
    private const string BoardQrSize = "9cm";
    private const string CounterQrSize = "10cm";

    private const string Css =
        "@page{size:A4;margin:0}" +
        "*{box-sizing:border-box}" +
        "body{margin:0;font-family:\"Noto Sans\",\"Segoe UI\",Roboto,Arial,sans-serif;color:#000;background:#fff}" +
        ".poster{width:210mm;height:297mm;padding:14mm 16mm;display:flex;flex-direction:column;align-items:center;text-align:center;break-after:page;page-break-after:always;overflow:hidden}" +
        ".poster:last-of-type{break-after:auto;page-break-after:auto}" +
        ".unit{font-size:13pt;margin:0}" +
        "h1{font-size:34pt;margin:6mm 0 2mm;line-height:1.15}" +
        ".ask{font-size:16pt;margin:2mm 0 5mm}" +
        ".qr svg{display:block}" +
        ".code{font:700 30pt/1 \"DejaVu Sans Mono\",Consolas,monospace;letter-spacing:.25em;margin:4mm 0 1mm}" +
        ".url{font-size:12pt;margin:0 0 5mm}" +
        ".options{font-size:15pt;margin:4mm 0}" +
        "ol{text-align:left;font-size:10.5pt;columns:2;column-gap:10mm;margin:0;padding-left:6mm;width:100%}" +
        "li{break-inside:avoid;margin:0 0 1.5mm}" +
        ".placement{margin-top:auto;font-size:9pt;color:#444}" +
        "nav{padding:4mm 16mm;font-size:12pt}" +
        "@media screen{body{background:#ddd}.poster{background:#fff;margin:8mm auto;box-shadow:0 0 4mm #999}}" +
        // A poster opened on a phone (to check it before printing) shrinks to the screen instead of cutting the QR off.
        "@media screen and (max-width:210mm){.poster{width:100%;height:auto;margin:0;padding:6mm 4mm}.qr svg{max-width:100%;height:auto}h1{font-size:22pt}}" +
        "@media print{nav{display:none}}";

    /// <summary>One poster alone, as its own printable file.</summary>
    public static string RenderPage(UnitPosters unit, Poster poster) =>
        Document($"{poster.Title} – mã {poster.Code}", unit.Unit.Name, Section(unit, poster), nav: null);

    /// <summary>Every poster of the unit, one A4 page each, with a screen-only list of them.</summary>
    public static string RenderUnit(UnitPosters unit)
    {
        var nav = new StringBuilder("<nav><p>Bấm In (Ctrl+P) để in tất cả. Từng tờ:</p><ul>");
        foreach (var poster in unit.Posters)
        {
            nav.Append("<li><a href=\"").Append(poster.FileName).Append("\">").Append(Html(poster.Title)).Append(" – ")
                .Append(poster.Code).Append(" (").Append(Html(poster.Placement)).Append(")</a></li>");
        }

        nav.Append("</ul></nav>");
        return Document($"Mã QR in – {unit.Unit.Name}", unit.Unit.Name, string.Concat(unit.Posters.Select(p => Section(unit, p))), nav.ToString());
    }

    /// <summary>No script at all; its one style.</summary>
    private static readonly string Policy = Pages.ContentPolicy.Meta([], [Css]);

    private static string Document(string title, string unitName, string body, string? nav) =>
        "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">" + Policy + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">" + Pages.PageShell.NoIcon +
        $"<title>{Html(title)}</title><meta name=\"description\" content=\"{Html(unitName)}\"><style>{Css}</style></head><body>{nav}{body}</body></html>\n";

    private static string Section(UnitPosters unit, Poster poster)
    {
        var matrix = QrMatrix.Encode(poster.Url, QrEccLevels.Default);
        var sb = new StringBuilder();
        sb.Append("<section class=\"poster\" id=\"").Append(poster.Code).Append("\"><p class=\"unit\">").Append(Html(unit.Unit.Name)).Append("</p>");
        if (poster.Kind == CodeKind.Counter)
        {
            sb.Append("<h1>").Append(Html(poster.Title)).Append("</h1><p class=\"ask\"><strong>").Append(Html(SurveyChoices.PosterQuestion))
                .Append("</strong><br>Quét mã để góp ý – chỉ mất một phút.</p>");
            AppendQr(sb, matrix, CounterQrSize, poster);
            sb.Append("<p class=\"options\">").AppendJoin(" · ", SurveyChoices.Options.Select(Html)).Append("</p>");
        }
        else
        {
            sb.Append("<h1>Lĩnh vực ").Append(Html(poster.Title)).Append("</h1><p class=\"ask\">Quét mã để xem hồ sơ, thời hạn, lệ phí và nộp hồ sơ trực tuyến.</p>");
            AppendQr(sb, matrix, BoardQrSize, poster);
            if (poster.Procedures.Count > 0)
            {
                sb.Append("<ol>");
                foreach (var procedure in poster.Procedures)
                {
                    sb.Append("<li>").Append(Html(procedure)).Append("</li>");
                }

                sb.Append("</ol>");
            }
        }

        sb.Append("<p class=\"placement\">Bản in: ").Append(Html(poster.Placement)).Append(" · mã ").Append(poster.Code).Append("</p></section>");
        return sb.ToString();
    }

    private static void AppendQr(StringBuilder sb, QrMatrix matrix, string size, Poster poster)
    {
        // People type the short URL in lower case; the QR keeps it upper case for alphanumeric mode.
        var typed = poster.Url["HTTPS://".Length..].ToLowerInvariant();
        typed = typed[..(typed.Length - poster.Code.Length)] + poster.Code;
        sb.Append("<div class=\"qr\">").Append(QrSvgRenderer.Instance.Render(matrix, size, poster.Url)).Append("</div>")
            .Append("<p class=\"code\">").Append(poster.Code).Append("</p><p class=\"url\">").Append(Html(typed)).Append("</p>");
    }

    private static string Html(string text) => Pages.Html.Escape(text);
}
