using System.Diagnostics;
using System.Globalization;
using System.Text;
using MotCua.Domain.Qr;

// Usage: qrbench URLS_FILE OUT_DIR — renders every URL as SVG and PNG (level Q, 10 px a module), writes the files
// for inspection, and prints "format images_per_second mean_bytes" lines for bench/qr.sh.
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: qrbench URLS_FILE OUT_DIR");
    return 2;
}

var urls = await File.ReadAllLinesAsync(args[0]);
Directory.CreateDirectory(args[1]);

// Warm up the JIT and QRCoder's tables so the figures are the steady state a running handler sees.
for (var i = 0; i < 200; i++)
{
    _ = QrPngRenderer.Instance.Render(QrMatrix.Encode(urls[i % urls.Length], QrEcc.Q), 10);
    _ = QrSvgRenderer.Instance.Render(QrMatrix.Encode(urls[i % urls.Length], QrEcc.Q));
}

Measure("svg", url => Encoding.UTF8.GetBytes(QrSvgRenderer.Instance.Render(QrMatrix.Encode(url, QrEcc.Q))));
Measure("png", url => QrPngRenderer.Instance.Render(QrMatrix.Encode(url, QrEcc.Q), 10));
return 0;

void Measure(string format, Func<string, byte[]> render)
{
    var images = new byte[urls.Length][];
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < urls.Length; i++)
    {
        images[i] = render(urls[i]);
    }

    watch.Stop();
    for (var i = 0; i < urls.Length; i++)
    {
        File.WriteAllBytes(Path.Combine(args[1], $"{i:D4}.{format}"), images[i]);
    }

    var perSecond = urls.Length / watch.Elapsed.TotalSeconds;
    var meanBytes = images.Average(b => b.Length);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{format} {perSecond:F0} {meanBytes:F0}"));
}
