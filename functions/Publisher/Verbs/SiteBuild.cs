using MotCua.Domain.Build;
using MotCua.Domain.Codes;

namespace MotCua.Publisher.Verbs;

/// <summary>One incremental build of the site into a folder, as `build` and `serve` both run it.</summary>
public static class SiteBuild
{
    /// <summary>The registry is read first: with errors in it, nothing is built and its problems are the result.</summary>
    public static BuildResult Run(string siteDir, string outDir, DateOnly today, Action<int, int>? rendered = null)
    {
        var (registry, registryProblems) = CodeRegistryLoader.Load(siteDir);
        return registryProblems.Any(d => d.IsError)
            ? new BuildResult(0, 0, 0, registryProblems)
            : SiteBuilder.Build(siteDir, outDir, today, SiteExtras.PortalLinks(registry), rendered);
    }
}
