using System.Globalization;
using System.Text;
using MotCua.Domain.Qr;
using static MotCua.Domain.Pages.Html;
using static MotCua.Domain.Slips.SlipLabelLayout;

namespace MotCua.Domain.Slips;

/// <summary>
/// Renders a batch as A4 sheets of labels, one <c>section</c> per sheet, ready to print on adhesive label paper: each
/// label has its own QR (inline SVG, level Q, as large as the label's height allows), the line
/// <see cref="SlipChoices.LabelLine"/> and the office's name. Labels are placed absolutely on the sheet, by classes
/// (the pages' content policy allows no style attribute), so the grid matches the paper to the tenth of a millimetre.
/// </summary>
public static class SlipSheetRenderer
{
    public static string Render(SlipBatch batch, SlipLabelLayout layout, string host)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(layout);
        var css = Css(layout);
        var sheets = (batch.Ids.Count + layout.PerSheet - 1) / layout.PerSheet;
        var h = new StringBuilder(2048 * batch.Ids.Count);
        h.Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">").Append(Pages.ContentPolicy.Meta([], [css]))
         .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">").Append(Pages.PageShell.NoIcon)
         .Append("<title>Phiếu đánh giá – ").Append(Escape(batch.UnitName)).Append(" – đợt ").Append(batch.Batch).Append("</title><style>").Append(css).Append("</style></head><body>")
         .Append("<nav><p><strong>").Append(Escape(batch.UnitName)).Append("</strong>: đợt in ").Append(batch.Batch).Append(", ngày ")
         .Append(batch.Printed.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)).Append(", ").Append(batch.Ids.Count).Append(" phiếu trên ").Append(sheets).Append(" tờ ")
         .Append(Escape(layout.Description)).Append(".</p><p>In trên giấy nhãn đúng khổ đó: khổ giấy A4, lề “Không”, tỉ lệ 100 % (không “vừa trang”). ")
         .Append("Mỗi phiếu dùng được một lần: dán một phiếu lên mỗi giấy tiếp nhận hồ sơ và hẹn trả kết quả.</p></nav>");
        for (var sheet = 0; sheet < sheets; sheet++)
        {
            h.Append("<section class=\"sheet\">");
            var first = sheet * layout.PerSheet;
            for (var i = first; i < Math.Min(batch.Ids.Count, first + layout.PerSheet); i++)
            {
                var (row, column) = Math.DivRem(i - first, layout.Columns);
                var url = QrUrl.ForSlip(host, batch.Ids[i]);
                h.Append("<div class=\"label r").Append(row).Append(" c").Append(column).Append("\">")
                 .Append(QrSvgRenderer.Instance.Render(QrMatrix.Encode(url, QrEccLevels.Default), Mm(layout.QrSide), url))
                 .Append("<div class=\"text\"><p class=\"line\">").Append(Escape(SlipChoices.LabelLine)).Append("</p><p class=\"unit\">").Append(Escape(batch.UnitName)).Append("</p></div></div>");
            }

            h.Append("</section>");
        }

        return h.Append("</body></html>\n").ToString();
    }

    /// <summary>The sheet's one style: A4 pages without margins, and a class per row and column of the grid.</summary>
    private static string Css(SlipLabelLayout layout)
    {
        var css = new StringBuilder(
            "@page{size:A4;margin:0}*{box-sizing:border-box}" +
            "body{margin:0;font-family:\"Noto Sans\",\"Segoe UI\",Roboto,Arial,sans-serif;color:#000;background:#fff}" +
            ".sheet{position:relative;width:210mm;height:297mm;overflow:hidden;break-after:page;page-break-after:always}" +
            ".sheet:last-of-type{break-after:auto;page-break-after:auto}" +
            "nav{padding:4mm 10mm;font-size:11pt}" +
            "@media print{nav{display:none}}@media screen{body{background:#ddd}.sheet{background:#fff;margin:6mm auto;box-shadow:0 0 3mm #999}.label{outline:1px dashed #bbb}}");
        css.Append(CultureInfo.InvariantCulture, $".label{{position:absolute;width:{Mm(layout.Width)};height:{Mm(layout.Height)};padding:{Mm(Padding)};display:flex;align-items:center;gap:{Mm(Padding)};overflow:hidden}}")
           .Append(".label svg{flex:none;display:block}.text{flex:1;min-width:0}")
           .Append(CultureInfo.InvariantCulture, $".line{{margin:0 0 1.5mm;font-size:{(layout.Width - layout.QrSide > 45 ? 10 : 8.5).ToString(CultureInfo.InvariantCulture)}pt;line-height:1.2;font-weight:700}}")
           .Append(".unit{margin:0;font-size:7.5pt;line-height:1.2}");
        for (var row = 0; row < layout.Rows; row++)
        {
            css.Append(CultureInfo.InvariantCulture, $".r{row}{{top:{Mm(layout.Top + (row * layout.PitchY))}}}");
        }

        for (var column = 0; column < layout.Columns; column++)
        {
            css.Append(CultureInfo.InvariantCulture, $".c{column}{{left:{Mm(layout.Left + (column * layout.PitchX))}}}");
        }

        return css.ToString();
    }
}
