using System.Text.Json;

namespace MotCua.Handler.Hosting.Timers;

/// <summary>Who fired a timer function.</summary>
public enum TimerSource
{
    /// <summary>The Functions host, as <c>POST /{FunctionName}</c> with its JSON envelope.</summary>
    FunctionsHost,

    /// <summary>The handler's own scheduler, when no Functions host runs it.</summary>
    LocalScheduler,
}

/// <summary>One run of a timer function.</summary>
public sealed record TimerInvocation(string FunctionName, DateTimeOffset UtcNow, bool IsPastDue, TimerSource Source)
{
    /// <summary>
    /// Reads the host's envelope <c>{"Data":{"timer":{...}},"Metadata":{"sys":{"UtcNow":...}}}</c>
    /// tolerantly: the timer value may be an object or a JSON string, and any part may be missing.
    /// </summary>
    public static TimerInvocation FromHostEnvelope(string functionName, JsonElement envelope, DateTimeOffset fallbackNow)
    {
        var pastDue = false;
        var now = fallbackNow;
        if (envelope.ValueKind == JsonValueKind.Object)
        {
            if (envelope.TryGetProperty("Data", out var data) && data.ValueKind == JsonValueKind.Object)
            {
                foreach (var binding in data.EnumerateObject())
                {
                    var timer = binding.Value;
                    if (timer.ValueKind == JsonValueKind.String)
                    {
                        using var inner = JsonDocument.Parse(timer.GetString() ?? "{}");
                        pastDue |= ReadPastDue(inner.RootElement);
                    }
                    else
                    {
                        pastDue |= ReadPastDue(timer);
                    }
                }
            }

            if (envelope.TryGetProperty("Metadata", out var meta) && meta.ValueKind == JsonValueKind.Object
                && meta.TryGetProperty("sys", out var sys) && sys.ValueKind == JsonValueKind.Object
                && sys.TryGetProperty("UtcNow", out var utcNow) && utcNow.TryGetDateTimeOffset(out var parsed))
            {
                now = parsed;
            }
        }

        return new TimerInvocation(functionName, now, pastDue, TimerSource.FunctionsHost);
    }

    private static bool ReadPastDue(JsonElement timer) =>
        timer.ValueKind == JsonValueKind.Object
        && timer.TryGetProperty("IsPastDue", out var p)
        && p.ValueKind == JsonValueKind.True;
}
