using System.Text.Json;

namespace MotCua.Publisher.Packaging;

/// <summary>One function of the app as its function.json declares it: an HTTP route or a timer schedule.</summary>
public sealed record FunctionDefinition(string Name, string Trigger, string? Route, IReadOnlyList<string> Methods, string? Schedule)
{
    public const string FileName = "function.json";

    /// <summary>NCRONTAB with seconds: the Functions timer trigger takes six fields.</summary>
    private const int ScheduleFields = 6;

    private static readonly HashSet<string> HttpMethods = new(StringComparer.Ordinal) { "get", "post", "head", "put", "delete", "patch", "options" };

    public bool IsHttp => Trigger == "httpTrigger";

    /// <summary>Reads and checks `folder/function.json`; the folder name is the function name.</summary>
    /// <exception cref="FormatException">The file is not a function.json the host will forward as planned; the message names the file.</exception>
    public static FunctionDefinition Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new FormatException($"{path}: missing (every function folder needs its {FileName})");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return Parse(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{path}:{ex.LineNumber + 1}: not valid JSON ({ex.Message})", ex);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{path}: {ex.Message}", ex);
        }
    }

    private static FunctionDefinition Parse(string name, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("bindings", out var bindings)
            || bindings.ValueKind != JsonValueKind.Array || bindings.GetArrayLength() == 0)
        {
            throw new FormatException("needs a non-empty \"bindings\" array");
        }

        var all = bindings.EnumerateArray().Select(Binding.Read).ToList();
        var triggers = all.Where(b => b.Type.EndsWith("Trigger", StringComparison.Ordinal)).ToList();
        if (triggers.Count != 1 || triggers[0].Direction != "in")
        {
            throw new FormatException("needs exactly one trigger binding with direction \"in\"");
        }

        var trigger = triggers[0];
        return trigger.Type switch
        {
            "httpTrigger" => ParseHttp(name, trigger, all),
            "timerTrigger" => ParseTimer(name, trigger, all),
            _ => throw new FormatException($"trigger type \"{trigger.Type}\" is not one this app handles (httpTrigger, timerTrigger)"),
        };
    }

    private static FunctionDefinition ParseHttp(string name, Binding trigger, List<Binding> all)
    {
        // The host forwards the request unchanged only when the function has exactly these two bindings.
        if (all.Count != 2 || !all.Exists(b => b.Type == "http" && b.Direction == "out"))
        {
            throw new FormatException("an HTTP function needs exactly an httpTrigger and one \"http\" out binding, or the host stops forwarding requests");
        }

        if (trigger.Element.GetStringOrNull("authLevel") != "anonymous")
        {
            throw new FormatException("authLevel must be \"anonymous\": citizens have no function keys");
        }

        var route = trigger.Element.GetStringOrNull("route");
        if (string.IsNullOrWhiteSpace(route) || route.StartsWith('/'))
        {
            throw new FormatException("route must be set, without a leading '/' (host.json sets routePrefix to \"\")");
        }

        var methods = new List<string>();
        if (trigger.Element.TryGetProperty("methods", out var list))
        {
            foreach (var method in list.EnumerateArray())
            {
                var verb = method.GetString() ?? "";
                if (!HttpMethods.Contains(verb))
                {
                    throw new FormatException($"method \"{verb}\" is not a lower-case HTTP verb");
                }

                methods.Add(verb);
            }
        }

        return new FunctionDefinition(name, trigger.Type, route, methods, Schedule: null);
    }

    private static FunctionDefinition ParseTimer(string name, Binding trigger, List<Binding> all)
    {
        if (all.Count != 1)
        {
            throw new FormatException("a timer function takes no other bindings: its output goes to storage from the handler");
        }

        var schedule = trigger.Element.GetStringOrNull("schedule");
        if (schedule is null || schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != ScheduleFields)
        {
            throw new FormatException($"schedule must be an NCRONTAB expression with {ScheduleFields} fields (second minute hour day month weekday)");
        }

        return new FunctionDefinition(name, trigger.Type, Route: null, [], schedule);
    }

    private sealed record Binding(string Type, string Direction, JsonElement Element)
    {
        public static Binding Read(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("every binding must be an object");
            }

            var type = element.GetStringOrNull("type");
            var direction = element.GetStringOrNull("direction");
            if (string.IsNullOrEmpty(type) || string.IsNullOrEmpty(direction) || string.IsNullOrEmpty(element.GetStringOrNull("name")))
            {
                throw new FormatException("every binding needs \"type\", \"direction\" and \"name\"");
            }

            return new Binding(type, direction, element);
        }
    }
}
