namespace MotCua.Publisher.Packaging;

/// <summary>Where the parts of the Functions app come from.</summary>
/// <param name="PublishDirectory">The handler's `dotnet publish` output (self-contained, linux-x64).</param>
/// <param name="HostJsonPath">The repository's host.json.</param>
/// <param name="FunctionsDirectory">`functions/Handler/Functions`: one folder per function with its function.json.</param>
public sealed record FunctionAppSources(string PublishDirectory, string HostJsonPath, string FunctionsDirectory)
{
    /// <summary>The sources inside a repository checkout, with the publish output given apart.</summary>
    public static FunctionAppSources InRepository(string repositoryRoot, string publishDirectory) => new(
        publishDirectory,
        Path.Combine(repositoryRoot, HostJsonFile.FileName),
        Path.Combine(repositoryRoot, "functions", "Handler", "Functions"));
}
