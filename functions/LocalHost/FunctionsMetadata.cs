using System.Text.Json;

namespace MotCua.LocalHost;

/// <summary>One function of <c>functions.metadata</c>: where its code is and what triggers it.</summary>
public sealed record FunctionDefinition(
    string Name, string ScriptFile, string EntryPoint, string TriggerType, string? Route, IReadOnlyList<string> Methods, string? Schedule)
{
    public bool IsHttp => string.Equals(TriggerType, "httpTrigger", StringComparison.OrdinalIgnoreCase);

    public bool IsTimer => string.Equals(TriggerType, "timerTrigger", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The Worker SDK's generated <c>functions.metadata</c>: the list of functions, triggers, routes and
/// schedules the Functions host runs in Azure. The local runner reads the same file, so both agree.
/// </summary>
public sealed class FunctionsMetadata(IReadOnlyList<FunctionDefinition> functions)
{
    public const string FileName = "functions.metadata";

    public IReadOnlyList<FunctionDefinition> Functions { get; } = functions;

    /// <summary>Reads the file copied beside the runner from the Functions app's build output.</summary>
    public static FunctionsMetadata Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: build functions/LocalHost, which copies it from the Functions app's build output.", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new FunctionsMetadata([.. document.RootElement.EnumerateArray().Select(f => Parse(path, f))]);
    }

    private static FunctionDefinition Parse(string path, JsonElement function)
    {
        var name = function.GetProperty("name").GetString()!;
        var trigger = function.GetProperty("bindings").EnumerateArray()
            .FirstOrDefault(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase));
        if (trigger.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{path}: function {name} has no trigger binding.");
        }

        return new FunctionDefinition(
            name,
            function.GetProperty("scriptFile").GetString()!,
            function.GetProperty("entryPoint").GetString()!,
            trigger.GetProperty("type").GetString()!,
            trigger.TryGetProperty("route", out var route) ? route.GetString() : null,
            trigger.TryGetProperty("methods", out var methods) ? [.. methods.EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant())] : [],
            trigger.TryGetProperty("schedule", out var schedule) ? schedule.GetString() : null);
    }
}
