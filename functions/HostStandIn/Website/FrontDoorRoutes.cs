namespace MotCua.HostStandIn.Website;

/// <summary>
/// Front Door's routing in production (infra/modules/frontdoor.bicep): these path prefixes go to the Function App,
/// everything else to the static website. The stand-in serves both on one origin in the same way.
/// </summary>
public static class FrontDoorRoutes
{
    /// <summary>The Function App's patterns, without their trailing <c>*</c>.</summary>
    public static readonly IReadOnlyList<string> FunctionPrefixes = ["/s/", "/go/", "/p/", "/api/"];

    public static bool GoesToFunctions(PathString path) =>
        FunctionPrefixes.Any(prefix => path.StartsWithSegments(prefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
}
