using System.Text.Json;
using MotCua.HostStandIn.Rpc;

namespace MotCua.HostStandIn.Worker;

/// <summary>
/// A function as the worker reported it (its indexing of <c>functions.metadata</c>): its id for invocations, its
/// trigger binding's name, and the route and methods of an HTTP trigger or the schedule of a timer.
/// </summary>
public sealed record HostedFunction(
    string Id, string Name, string TriggerType, string BindingName, string? Route, IReadOnlyList<string> Methods, string? Schedule)
{
    public bool IsHttp => string.Equals(TriggerType, "httpTrigger", StringComparison.OrdinalIgnoreCase);

    public bool IsTimer => string.Equals(TriggerType, "timerTrigger", StringComparison.OrdinalIgnoreCase);

    internal static HostedFunction From(RpcFunctionMetadata metadata)
    {
        foreach (var raw in metadata.RawBindings)
        {
            using var binding = JsonDocument.Parse(raw);
            var root = binding.RootElement;
            var type = Text(root, "type");
            if (type is null || !type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var methods = root.TryGetProperty("methods", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).ToList()
                : [];
            return new HostedFunction(metadata.FunctionId, metadata.Name, type, Text(root, "name") ?? "", Text(root, "route"), methods, Text(root, "schedule"));
        }

        throw new InvalidDataException($"Function {metadata.Name} has no trigger binding.");
    }

    private static string? Text(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }
}
