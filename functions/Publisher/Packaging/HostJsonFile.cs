using System.Text.Json;

namespace MotCua.Publisher.Packaging;

/// <summary>What the packager needs from host.json: the executable the Functions host starts.</summary>
public sealed record HostJsonFile(string Path, string ExecutablePath)
{
    public const string FileName = "host.json";

    /// <summary>Reads and checks host.json.</summary>
    /// <exception cref="FormatException">host.json does not describe a custom handler with request forwarding.</exception>
    public static HostJsonFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FormatException($"{path}: missing (the Functions host needs host.json at the app root)");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.GetStringOrNull("version") != "2.0")
            {
                throw new FormatException("\"version\" must be \"2.0\"");
            }

            if (!root.TryGetProperty("customHandler", out var handler) || !handler.TryGetProperty("description", out var description))
            {
                throw new FormatException("needs a \"customHandler.description\" section");
            }

            var executable = description.GetStringOrNull("defaultExecutablePath");
            if (string.IsNullOrWhiteSpace(executable) || System.IO.Path.IsPathRooted(executable))
            {
                throw new FormatException("customHandler.description.defaultExecutablePath must name the handler relative to the app root");
            }

            if (!IsTrue(handler, "enableForwardingHttpRequest") && !IsTrue(handler, "enableProxyingHttpRequest"))
            {
                throw new FormatException("customHandler must forward HTTP requests (enableForwardingHttpRequest or enableProxyingHttpRequest)");
            }

            return new HostJsonFile(path, executable);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{path}:{ex.LineNumber + 1}: not valid JSON ({ex.Message})", ex);
        }
        catch (FormatException ex) when (!ex.Message.StartsWith(path, StringComparison.Ordinal))
        {
            throw new FormatException($"{path}: {ex.Message}", ex);
        }
    }

    private static bool IsTrue(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
