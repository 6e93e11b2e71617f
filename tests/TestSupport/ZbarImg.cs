using System.Diagnostics;

namespace MotCua.TestSupport;

/// <summary>
/// Decodes images with the real <c>zbarimg</c> (Debian package zbar-tools), as a phone's scanner would,
/// so QR tests never trust the encoder's own idea of what it drew.
/// </summary>
public static class ZbarImg
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>The texts zbarimg finds in <paramref name="png"/>; empty when it finds none.</summary>
    public static async Task<IReadOnlyList<string>> DecodeAsync(byte[] png)
    {
        var file = Path.Combine(Path.GetTempPath(), $"motcua-qr-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, png);
        try
        {
            var start = new ProcessStartInfo("zbarimg")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", file })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)
                ?? throw new InvalidOperationException("zbarimg did not start; install the Debian package zbar-tools");
            using var cts = new CancellationTokenSource(Timeout);
            var stdout = process.StandardOutput.ReadToEndAsync(cts.Token);
            var stderr = process.StandardError.ReadToEndAsync(cts.Token);
            await process.WaitForExitAsync(cts.Token);

            // Exit 4 means "no symbol found"; anything else but 0 is a broken image or a missing tool.
            if (process.ExitCode is not (0 or 4))
            {
                throw new InvalidOperationException($"zbarimg exited {process.ExitCode}: {await stderr}");
            }

            return (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
