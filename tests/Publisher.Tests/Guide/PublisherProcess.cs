using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace MotCua.Publisher.Tests.Guide;

/// <summary>
/// The publisher as an editor runs it: its own process, in the folder that holds <c>site/</c>, with relative paths.
/// The executable the editors download when <c>MOTCUA_PUBLISHER</c> names it (./test.sh builds it with
/// infra/publisher/build.sh, as the workflow does); otherwise the built <c>publisher.dll</c> beside the tests, started
/// by the same dotnet host. Either way nothing needs the network.
/// </summary>
internal static partial class PublisherProcess
{
    /// <summary>The path of the publisher as it ships, set by ./test.sh.</summary>
    public const string ShippedVariable = "MOTCUA_PUBLISHER";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static ProcessStartInfo StartInfo(string workDir, IEnumerable<string> args)
    {
        var shipped = Environment.GetEnvironmentVariable(ShippedVariable);
        var start = new ProcessStartInfo(shipped is { Length: > 0 } ? Path.GetFullPath(shipped) : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workDir,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (shipped is not { Length: > 0 })
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "publisher.dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // An editor's machine: not a GitHub runner (no workflow commands in the output), no host set for QR codes.
        foreach (var variable in new[] { "GITHUB_ACTIONS", "GITHUB_WORKSPACE", "SITE_HOST" })
        {
            start.Environment.Remove(variable);
        }

        return start;
    }

    /// <summary>Runs a command to its end: exit code and what it printed, standard output first.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string workDir, IEnumerable<string> args)
    {
        using var process = Process.Start(StartInfo(workDir, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>
    /// Starts `serve` on a free port (the guide's 1313 may be taken on a shared machine), waits for its address line,
    /// opens each page the guide links, and stops it. The output reads as if it had run on the port asked for.
    /// </summary>
    public static async Task<(string Output, IReadOnlyDictionary<string, int> Pages)> ServeAsync(string workDir, IReadOnlyList<string> args, IEnumerable<string> links)
    {
        var at = args.ToList().IndexOf("--port");
        var asked = at >= 0 && at + 1 < args.Count ? args[at + 1] : "1313";
        List<string> onFreePort = at >= 0 ? [.. args.Take(at), .. args.Skip(at + 2), "--port", "0"] : [.. args, "--port", "0"];
        using var process = Process.Start(StartInfo(workDir, onFreePort))!;
        var output = new StringBuilder();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(Patience);
            string? address = null;
            while (address is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                output.AppendLine(line);
                address = AddressLine().Match(line) is { Success: true } match ? match.Groups[1].Value : null;
            }

            if (address is null)
            {
                Assert.Fail("serve printed no address: " + output + await stderr);
            }

            var port = new Uri(address).Port;
            using var http = new HttpClient();
            var pages = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var link in links)
            {
                using var response = await http.GetAsync(link.Replace(":1313/", $":{port}/", StringComparison.Ordinal), timeout.Token);
                pages[link] = (int)response.StatusCode;
            }

            return (output.ToString().Replace($":{port}/", $":{asked}/", StringComparison.Ordinal), pages);
        }
        finally
        {
            // The one process this test started.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [GeneratedRegex(@"(http://127\.0\.0\.1:\d+/)")]
    private static partial Regex AddressLine();
}
