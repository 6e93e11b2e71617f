using System.Diagnostics;
using System.Globalization;

namespace MotCua.TestSupport;

/// <summary>
/// A print page as an office prints it: Debian's Chromium prints the HTML to PDF (<c>--print-to-pdf</c>, the page's own
/// A4 rules, no header or footer), then poppler's <c>pdftoppm</c> rasterises what a scanner or a phone would see of the
/// paper: a whole page, or one area of it (a label, as a phone held over it sees it).
/// </summary>
public sealed class PrintedSheet : IDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly DirectoryInfo _work;

    private PrintedSheet(DirectoryInfo work) => _work = work;

    private string Pdf => Path.Combine(_work.FullName, "sheet.pdf");

    /// <summary>Pages in the PDF.</summary>
    public int Pages { get; private set; }

    /// <summary>Prints <paramref name="htmlPath"/> to PDF with Chromium.</summary>
    public static async Task<PrintedSheet> PrintAsync(string htmlPath)
    {
        var sheet = new PrintedSheet(Directory.CreateTempSubdirectory("motcua-print-"));
        await RunAsync(Chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            $"--user-data-dir={Path.Combine(sheet._work.FullName, "profile")}", $"--print-to-pdf={sheet.Pdf}", new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);
        var info = await RunAsync("pdfinfo", sheet.Pdf);
        sheet.Pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
        return sheet;
    }

    /// <summary>Page <paramref name="page"/> (1-based) at <paramref name="dpi"/>, or only the area given in millimetres from its top left corner, as PNG.</summary>
    public async Task<byte[]> RasteriseAsync(int page, int dpi, (double X, double Y, double Width, double Height)? areaMm = null)
    {
        var prefix = Path.Combine(_work.FullName, "raster-" + Guid.NewGuid().ToString("N")[..8]);
        var args = new List<string> { "-r", N(dpi), "-f", N(page), "-l", N(page), "-png", "-singlefile" };
        if (areaMm is { } a)
        {
            int Px(double mm) => (int)Math.Round(mm * dpi / 25.4);
            args.AddRange(["-x", N(Px(a.X)), "-y", N(Px(a.Y)), "-W", N(Px(a.Width)), "-H", N(Px(a.Height))]);
        }

        args.AddRange([Pdf, prefix]);
        await RunAsync("pdftoppm", [.. args]);
        var png = await File.ReadAllBytesAsync(prefix + ".png");
        File.Delete(prefix + ".png");
        return png;
    }

    public void Dispose() => _work.Delete(recursive: true);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start; run infra/local/debian-deps.sh");
        using var cts = new CancellationTokenSource(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(cts.Token);
        var stderr = process.StandardError.ReadToEndAsync(cts.Token);
        await process.WaitForExitAsync(cts.Token);
        return process.ExitCode == 0 ? await stdout : throw new InvalidOperationException($"{file} exited {process.ExitCode}: {await stderr}{await stdout}");
    }
}
