using MotCua.TestSupport;

namespace MotCua.Infra.Tests;

/// <summary>Every Bicep file under infra/ compiled once by the real Bicep CLI into a temporary folder.</summary>
public sealed class CompiledTemplates : IAsyncLifetime
{
    private const string EveryBicepFile = "**/*.bicep";

    public string InfraDirectory { get; } = RepositoryPaths.Infra;

    public string OutputDirectory { get; } = Directory.CreateTempSubdirectory("motcua-bicep-").FullName;

    internal BicepRun Build { get; private set; } = new(-1, [], "not run");

    /// <summary>Relative paths of the Bicep files, e.g. "modules/storage.bicep".</summary>
    public IReadOnlyList<string> Sources => [.. Directory.GetFiles(InfraDirectory, "*.bicep", SearchOption.AllDirectories).Select(p => Relative(InfraDirectory, p))];

    /// <summary>Relative paths of the compiled ARM templates, e.g. "modules/storage.json".</summary>
    public IReadOnlyList<string> Outputs => [.. Directory.GetFiles(OutputDirectory, "*.json", SearchOption.AllDirectories).Select(p => Relative(OutputDirectory, p))];

    public async Task InitializeAsync() =>
        Build = await BicepCli.RunAsync(InfraDirectory, "build", "--pattern", EveryBicepFile, "--outdir", OutputDirectory);

    internal Task<BicepRun> LintAsync() => BicepCli.RunAsync(InfraDirectory, "lint", "--pattern", EveryBicepFile);

    public Task DisposeAsync()
    {
        Directory.Delete(OutputDirectory, recursive: true);
        return Task.CompletedTask;
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
