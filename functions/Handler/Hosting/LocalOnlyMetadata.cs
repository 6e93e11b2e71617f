namespace MotCua.Handler.Hosting;

/// <summary>
/// Marks an endpoint that exists only when the handler runs on its own (readiness probe, serving
/// <c>$web</c> locally); in production these paths never reach a function, so they need no function.json.
/// </summary>
public sealed record LocalOnlyMetadata(string Reason);
