using System.Text.Json;

namespace MotCua.Publisher.Packaging;

internal static class JsonElementExtensions
{
    /// <summary>The string property <paramref name="name"/>, or null when it is missing or not a string.</summary>
    public static string? GetStringOrNull(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
