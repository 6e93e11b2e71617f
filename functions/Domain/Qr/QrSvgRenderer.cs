using System.Globalization;
using System.Text;

namespace MotCua.Domain.Qr;

/// <summary>
/// Draws a <see cref="QrMatrix"/> as SVG: one path whose strokes are the merged horizontal runs of dark
/// modules, the view box in modules
/// (so it scales to any print size without blur) and the quiet zone included. About 1.7 KB at version 3.
/// </summary>
public sealed class QrSvgRenderer
{
    /// <summary>The renderer is stateless; share this one.</summary>
    public static readonly QrSvgRenderer Instance = new();

    /// <summary>The SVG document; <paramref name="sizeCss"/> (e.g. "7cm" or "290px") sets width and height when given.</summary>
    public string Render(QrMatrix matrix, string? sizeCss = null, string? title = null)
    {
        var side = matrix.Size + (2 * QrMatrix.QuietZone);
        var sb = new StringBuilder(2048);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
            .Append(side.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(side.ToString(CultureInfo.InvariantCulture)).Append('"');
        if (sizeCss is not null)
        {
            sb.Append(" width=\"").Append(sizeCss).Append("\" height=\"").Append(sizeCss).Append('"');
        }

        sb.Append(" shape-rendering=\"crispEdges\"");
        if (title is not null)
        {
            sb.Append(" role=\"img\" aria-label=\"").Append(title.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)).Append('"');
        }

        sb.Append("><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path stroke=\"#000\" d=\"");
        AppendRuns(sb, matrix);
        sb.Append("\"/></svg>");
        return sb.ToString();
    }

    private static void AppendRuns(StringBuilder sb, QrMatrix matrix)
    {
        // Each run is a one-module-wide stroke along the middle of its row. Relative moves keep the
        // numbers short; the first move is absolute and puts the pen half a module down, once.
        var first = true;
        int penX = 0, penY = 0;
        for (var row = 0; row < matrix.Size; row++)
        {
            var column = 0;
            while (column < matrix.Size)
            {
                if (!matrix[row, column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < matrix.Size && matrix[row, column])
                {
                    column++;
                }

                var x = start + QrMatrix.QuietZone;
                var y = row + QrMatrix.QuietZone;
                if (first)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"M{x} {y}.5h{column - start}");
                    first = false;
                }
                else
                {
                    sb.Append(CultureInfo.InvariantCulture, $"m{x - penX} {y - penY}h{column - start}");
                }

                penX = column + QrMatrix.QuietZone;
                penY = y;
            }
        }
    }
}
