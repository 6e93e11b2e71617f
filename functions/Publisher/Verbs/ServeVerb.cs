using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MotCua.Publisher.Cli;
using MotCua.Publisher.Preview;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// `serve SITE_DIR [--port PORT]`: the site as it will look, on http://127.0.0.1:PORT/, rebuilt and reloaded in the
/// browser each time a sheet is saved. Built into a private folder: nothing of the preview is ever published.
/// </summary>
public sealed class ServeVerb(TimeProvider clock) : IVerb
{
    public const int DefaultPort = 1313;

    public string Name => "serve";

    public string Usage => $"serve {Placeholder.SiteDir} [--port {Placeholder.Port}]";

    public string Summary => "Xem trước trang trên 127.0.0.1, tự dựng và tải lại mỗi lần lưu tệp; Ctrl+C để dừng";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = Path.GetFullPath(args.Required(0, Placeholder.SiteDir));
        var port = Port(args.Option("--port"));
        if (!Directory.Exists(siteDir))
        {
            await stderr.WriteLineAsync(DiagnosticReport.SiteNotFound(siteDir));
            return CommandLine.Failed;
        }

        using var site = new PreviewSite(siteDir, OutDir(siteDir), clock);
        await ReportAsync(await site.RebuildAsync(cancellationToken), stdout, stderr);
        if (await StartAsync(site, port, stderr, cancellationToken) is not { } server)
        {
            return CommandLine.Failed;
        }

        await using var running = server;
        using var watcher = new PreviewWatcher(site, clock, state => ReportAsync(state, stdout, stderr), cancellationToken);
        await stdout.WriteLineAsync($"đang xem trước tại {server.Address} (khung điện thoại: {server.Address}_phone/); Ctrl+C để dừng");
        await stdout.FlushAsync(cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, server.Stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            await stdout.WriteLineAsync("đã dừng");
        }

        return CommandLine.Ok;
    }

    /// <summary>The preview's server, or null after saying why it could not listen (most often: the port is taken).</summary>
    private static async Task<PreviewServer?> StartAsync(PreviewSite site, int port, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            return await PreviewServer.StartAsync(site, port, cancellationToken);
        }
        catch (IOException)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"error: cổng {port} trên 127.0.0.1 đang có chương trình khác dùng, có thể là một lệnh serve khác chưa dừng: dừng chương trình đó, hoặc xem trước ở cổng khác, ví dụ --port {(port == DefaultPort ? 8080 : DefaultPort)}"));
            return null;
        }
    }

    /// <summary>One folder per site under the temporary folder, so the incremental cache survives restarts of `serve`.</summary>
    public static string OutDir(string siteDir)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(siteDir)))[..12];
        return Path.Combine(Path.GetTempPath(), "motcua-preview", hash);
    }

    private static int Port(string? text) =>
        text is null ? DefaultPort
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535 ? port
        : throw new UsageException($"--port cần một số từ 0 đến 65535 (0: tự chọn một cổng trống), không phải '{text}'");

    private static async Task ReportAsync(PreviewState state, TextWriter stdout, TextWriter stderr)
    {
        if (state.Succeeded)
        {
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"đã dựng lại trong {state.Took.TotalMilliseconds:0} ms"));
        }
        else
        {
            foreach (var error in state.Errors)
            {
                await stderr.WriteLineAsync(error.ToString());
            }
        }

        await stdout.FlushAsync();
    }
}
