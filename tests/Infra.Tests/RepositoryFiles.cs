using MotCua.TestSupport;

namespace MotCua.Infra.Tests;

/// <summary>Files of the repository checkout the tests run from.</summary>
internal static class RepositoryFiles
{
    public static string PathOf(string relativePath) => Path.Combine(RepositoryPaths.Root, relativePath);
}
