using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace MotCua.Infra.Tests;

/// <summary>What one run of the Bicep CLI returned: its exit code, its diagnostics and everything it printed.</summary>
internal sealed record BicepRun(int ExitCode, IReadOnlyList<string> Diagnostics, string Output);

/// <summary>
/// The real Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64, restored like any package
/// (its path is baked into this assembly at build time, see Infra.Tests.csproj): nothing is downloaded.
/// </summary>
internal static partial class BicepCli
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    public static string Executable { get; } = Locate();

    /// <summary>Runs <c>bicep</c> in <paramref name="workingDirectory"/> and collects what it printed.</summary>
    public static async Task<BicepRun> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Executable} did not start");
        using var timeout = new CancellationTokenSource(RunTimeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var output = (await stdout) + (await stderr);
        var diagnostics = output.Split('\n').Select(line => line.TrimEnd()).Where(line => Diagnostic().IsMatch(line)).ToList();
        return new BicepRun(process.ExitCode, diagnostics, output);
    }

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepExecutable").Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new InvalidOperationException($"The Bicep CLI is not at '{path}': restore tests/Infra.Tests (package Azure.Bicep.CommandLine.linux-x64).");
        }

        // NuGet extracts package files without their executable bit on some machines.
        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | execute);
            }
        }

        return path;
    }

    /// <summary>A compiler or linter finding, e.g. "main.bicep(3,7) : Warning no-unused-params: ...".</summary>
    [GeneratedRegex(@"\(\d+,\d+\)\s*:\s*(Warning|Error)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Diagnostic();
}
