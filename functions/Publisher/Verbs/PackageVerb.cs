using MotCua.Publisher.Packaging;

namespace MotCua.Publisher.Verbs;

/// <summary>`package --out DIR`: publishes the handler and lays out the Functions app folder to zip and deploy.</summary>
public sealed class PackageVerb : IVerb
{
    public string Name => "package";

    public string Usage => "package --out DIR [--repo ROOT] [--publish-dir DIR]";

    public string Summary => "lay out the Functions app (handler, host.json, one folder per function) in DIR";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var output = args.Option("--out");
        var root = Path.GetFullPath(args.Option("--repo") ?? ".");
        var usageError = output is null ? "missing --out DIR"
            : File.Exists(Path.Combine(root, HostJsonFile.FileName)) ? null
            : $"{root} has no {HostJsonFile.FileName}: run from the repository root or pass --repo ROOT";
        if (usageError is not null)
        {
            await stderr.WriteLineAsync($"error: {usageError}");
            await stderr.WriteLineAsync($"usage: publisher {Usage}");
            return CommandLine.Usage;
        }

        // --publish-dir reuses an existing publish output (CI publishes once; tests use a small stand-in).
        var publishDirectory = args.Option("--publish-dir");
        var temporary = publishDirectory is null ? Directory.CreateTempSubdirectory("handler-publish-").FullName : null;
        try
        {
            if (temporary is not null)
            {
                await HandlerPublish.RunAsync(root, temporary, stdout, cancellationToken);
            }

            var package = FunctionAppLayout.Build(FunctionAppSources.InRepository(root, publishDirectory ?? temporary!), output!);
            foreach (var function in package.Functions)
            {
                var what = function.IsHttp ? $"{string.Join(',', function.Methods).ToUpperInvariant()} /{function.Route}" : $"timer {function.Schedule}";
                await stdout.WriteLineAsync($"  {function.Name,-16} {what}");
            }

            await stdout.WriteLineAsync($"package ready: {package.Directory} ({package.Functions.Count} functions); zip its contents and deploy");
            return CommandLine.Ok;
        }
        catch (FormatException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return CommandLine.Failed;
        }
        finally
        {
            if (temporary is not null)
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }
}
