namespace MotCua.TestSupport;

/// <summary>Folders of the repository, found by walking up from the test binaries to <c>Serverless.sln</c>.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Site => Path.Combine(Root, "site");

    public static string Functions => Path.Combine(Root, "functions");

    public static string Tests => Path.Combine(Root, "tests");

    public static string Infra => Path.Combine(Root, "infra");

    public static string InfraLocal => Path.Combine(Infra, "local");

    /// <summary>The pinned Azurite installed by <c>infra/local/azurite.sh install</c>.</summary>
    public static string AzuriteExecutable => Path.Combine(InfraLocal, "node_modules", ".bin", "azurite");

    public static string AzuriteScript => Path.Combine(InfraLocal, "azurite.sh");

    /// <summary>
    /// The Functions app's build output in the tests' own configuration (<c>functions/Handler/bin/Release/net10.0</c>
    /// under ./test.sh): the folder Azure deploys, with worker.config.json and functions.metadata.
    /// </summary>
    public static string FunctionsApp
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(Functions, "Handler", "bin", framework.Parent!.Name, framework.Name);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"Serverless.sln was not found above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
