using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MotCua.Domain.Qr;
using MotCua.TestSupport;

namespace MotCua.Domain.Tests.Qr;

public sealed partial class QrSvgRendererTests
{
    private const string Url = "HTTPS://QR.CAOBANG.GOV.VN/S/HT2K";

    [Fact]
    public void The_svg_matches_the_approved_file()
    {
        var svg = QrSvgRenderer.Instance.Render(QrMatrix.Encode(Url, QrEcc.Q));

        // The approved file ends with a newline, as checked-in text files do; the renderer writes none.
        Approval.Verify("Approved/ht2k-q.svg", svg + "\n");
    }

    [Fact]
    public void A_version_3_svg_is_one_path_of_at_most_2_kilobytes()
    {
        var matrix = QrMatrix.Encode("HTTPS://QR.QUANTHANH.HANOI.GOV.VN/S/HT2K9Z", QrEcc.Q);
        Assert.Equal(3, matrix.Version);

        var svg = QrSvgRenderer.Instance.Render(matrix);

        Assert.True(Encoding.UTF8.GetByteCount(svg) <= 2048, $"{svg.Length} bytes");
        Assert.Single(XDocument.Parse(svg).Descendants("{http://www.w3.org/2000/svg}path"));
    }

    [Fact]
    public void The_path_paints_exactly_the_dark_modules_inside_a_four_module_quiet_zone()
    {
        var matrix = QrMatrix.Encode(Url, QrEcc.Q);
        var doc = XDocument.Parse(QrSvgRenderer.Instance.Render(matrix));
        var side = matrix.Size + 8;
        Assert.Equal($"0 0 {side} {side}", doc.Root!.Attribute("viewBox")!.Value);
        Assert.Equal("crispEdges", doc.Root.Attribute("shape-rendering")!.Value);

        var painted = new bool[side, side];
        var d = doc.Descendants("{http://www.w3.org/2000/svg}path").Single().Attribute("d")!.Value;
        int x = 0, y = 0;
        foreach (Match run in RunPattern().Matches(d))
        {
            // Only the first move is absolute, and only it carries the half-module offset to the row's middle.
            var absolute = run.Groups[1].Value == "M";
            Assert.Equal(absolute, run.Index == 0);
            Assert.Equal(absolute, run.Groups[4].Success);
            x = (absolute ? 0 : x) + Number(run.Groups[2]);
            y = (absolute ? 0 : y) + Number(run.Groups[3]);
            var length = Number(run.Groups[5]);
            for (var i = 0; i < length; i++)
            {
                Assert.False(painted[y, x + i], "a module is painted twice");
                painted[y, x + i] = true;
            }

            x += length;
        }

        Assert.Equal("#000", doc.Descendants("{http://www.w3.org/2000/svg}path").Single().Attribute("stroke")!.Value);
        Assert.Equal(d.Length, RunPattern().Matches(d).Sum(m => m.Length));
        for (var row = 0; row < side; row++)
        {
            for (var column = 0; column < side; column++)
            {
                var inSymbol = row >= 4 && column >= 4 && row < side - 4 && column < side - 4;
                Assert.Equal(inSymbol && matrix[row - 4, column - 4], painted[row, column]);
            }
        }
    }

    [Fact]
    public void A_print_size_and_a_label_are_written_when_asked()
    {
        var svg = XDocument.Parse(QrSvgRenderer.Instance.Render(QrMatrix.Encode(Url, QrEcc.Q), "7cm", "Mã HT2K")).Root!;

        Assert.Equal("7cm", svg.Attribute("width")!.Value);
        Assert.Equal("Mã HT2K", svg.Attribute("aria-label")!.Value);
    }

    private static int Number(Group group) => int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"([mM])(-?\d+) (-?\d+)(\.5)?h(\d+)")]
    private static partial Regex RunPattern();
}
