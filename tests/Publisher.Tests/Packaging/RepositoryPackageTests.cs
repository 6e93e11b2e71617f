using System.Runtime.Versioning;
using MotCua.Publisher.Packaging;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Packaging;

/// <summary>The repository's own host.json and function folders, packaged around a stand-in publish output.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class RepositoryPackageTests : IDisposable
{
    private readonly FakeFunctionApp _app = new();

    private static string RepositoryRoot => RepositoryPaths.Root;

    [Fact]
    public void The_repository_packages_into_a_folder_the_host_can_start()
    {
        var package = FunctionAppLayout.Build(FunctionAppSources.InRepository(RepositoryRoot, _app.Publish), _app.Output);

        Assert.True(File.GetUnixFileMode(package.ExecutablePath).HasFlag(UnixFileMode.UserExecute));
        Assert.Equal("handler", Path.GetRelativePath(package.Directory, package.ExecutablePath));
        Assert.NotEmpty(package.Functions);
    }

    [Fact]
    public void Each_packaged_function_json_is_the_repository_s_byte_for_byte()
    {
        var package = FunctionAppLayout.Build(FunctionAppSources.InRepository(RepositoryRoot, _app.Publish), _app.Output);

        var sources = Directory.GetDirectories(Path.Combine(RepositoryRoot, "functions", "Handler", "Functions")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(sources, package.Functions.Select(f => f.Name));
        foreach (var function in package.Functions)
        {
            Assert.Equal(
                File.ReadAllBytes(Path.Combine(RepositoryRoot, "functions", "Handler", "Functions", function.Name, FunctionDefinition.FileName)),
                File.ReadAllBytes(Path.Combine(package.Directory, function.Name, FunctionDefinition.FileName)));
        }
    }

    public void Dispose() => _app.Dispose();
}
