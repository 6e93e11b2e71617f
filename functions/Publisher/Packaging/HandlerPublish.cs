using System.Diagnostics;

namespace MotCua.Publisher.Packaging;

/// <summary>Runs `dotnet publish` for the handler: self-contained linux-x64, so the Functions host needs no .NET of its own.</summary>
public static class HandlerPublish
{
    public const string RuntimeIdentifier = "linux-x64";

    /// <summary>Publishes functions/Handler of <paramref name="repositoryRoot"/> into <paramref name="publishDirectory"/>.</summary>
    /// <exception cref="InvalidOperationException">dotnet publish failed; its output is in the message.</exception>
    public static async Task RunAsync(string repositoryRoot, string publishDirectory, TextWriter log, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = repositoryRoot,
        };
        foreach (var argument in new[]
        {
            "publish", Path.Combine(repositoryRoot, "functions", "Handler", "Handler.csproj"),
            "-c", "Release", "-r", RuntimeIdentifier, "--self-contained", "true", "-o", publishDirectory, "--nologo",
        })
        {
            start.ArgumentList.Add(argument);
        }

        await log.WriteLineAsync($"dotnet {string.Join(' ', start.ArgumentList)}");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed (exit {process.ExitCode}):{Environment.NewLine}{await stdout}{await stderr}");
        }
    }
}
