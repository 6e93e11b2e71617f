using System.Text.Json;

namespace MotCua.Handler.Hosting.Timers;

/// <summary>One function as the Functions host sees it: a folder with a function.json.</summary>
public sealed record FunctionDefinition(string Name, string TriggerType, string? Route, IReadOnlyList<string> Methods, string? Schedule)
{
    public bool IsTimer => string.Equals(TriggerType, "timerTrigger", StringComparison.Ordinal);

    public bool IsHttp => string.Equals(TriggerType, "httpTrigger", StringComparison.Ordinal);
}

/// <summary>
/// Reads <c>Functions/&lt;Name&gt;/function.json</c> shipped beside the handler, so the local scheduler
/// fires timers on exactly the schedule the Functions host would use.
/// </summary>
public sealed class FunctionManifest
{
    public const string FolderName = "Functions";

    public FunctionManifest(IReadOnlyList<FunctionDefinition> functions) => Functions = functions;

    public IReadOnlyList<FunctionDefinition> Functions { get; }

    public FunctionDefinition? Find(string name) =>
        Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    public static FunctionManifest Load(string functionsDirectory)
    {
        if (!Directory.Exists(functionsDirectory))
        {
            return new FunctionManifest([]);
        }

        var functions = Directory.EnumerateDirectories(functionsDirectory)
            .Select(dir => Path.Combine(dir, "function.json"))
            .Where(File.Exists)
            .Select(ParseFile)
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        return new FunctionManifest(functions);
    }

    public static FunctionDefinition ParseFile(string path)
    {
        var name = Path.GetFileName(Path.GetDirectoryName(path))!;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var trigger = doc.RootElement.GetProperty("bindings").EnumerateArray()
            .FirstOrDefault(b => b.TryGetProperty("direction", out var d) && d.GetString() == "in");
        if (trigger.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{path}: no input binding (trigger)");
        }

        var methods = trigger.TryGetProperty("methods", out var m)
            ? m.EnumerateArray().Select(x => x.GetString()!.ToUpperInvariant()).ToList()
            : [];
        return new FunctionDefinition(
            name,
            trigger.GetProperty("type").GetString()!,
            trigger.TryGetProperty("route", out var route) ? route.GetString() : null,
            methods,
            trigger.TryGetProperty("schedule", out var schedule) ? schedule.GetString() : null);
    }
}
