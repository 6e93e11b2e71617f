using System.Globalization;
using System.Text.Json;
using Azure;

namespace MotCua.Storage.Tables;

/// <summary>
/// The Table service's JSON for entities. Types JSON cannot carry exactly are annotated
/// (<c>Prop@odata.type</c>): Int64 is sent as a string so values above 2^53 survive.
/// </summary>
internal static class TableEntityJson
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static BinaryData Write(TableEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString(TableNames.PartitionKey, entity.PartitionKey);
            json.WriteString(TableNames.RowKey, entity.RowKey);
            foreach (var (name, value) in entity)
                WriteProperty(json, name, value);
            json.WriteEndObject();
        }

        return new BinaryData(buffer.ToArray());
    }

    public static T Read<T>(JsonElement element)
        where T : TableEntity, new()
    {
        var entity = new T();
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (name == TableNames.ODataETag)
                entity.ETag = new ETag(property.Value.GetString() ?? string.Empty);
            else if (!name.StartsWith("odata.", StringComparison.Ordinal) && !name.EndsWith(TableNames.TypeSuffix, StringComparison.Ordinal))
                entity[name] = ReadValue(property.Value, Annotation(element, name), name);
        }

        return entity;
    }

    private static void WriteProperty(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null: return; // absent, as in the official SDK
            case string s: json.WriteString(name, s); break;
            case int i: json.WriteNumber(name, i); break;
            case long l: Annotated(json, name, TableNames.Int64, l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: WriteDouble(json, name, d); break;
            case bool b: json.WriteBoolean(name, b); break;
            case DateTimeOffset dto: Annotated(json, name, TableNames.DateTime, dto.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture)); break;
            case DateTime dt: Annotated(json, name, TableNames.DateTime, ToUtc(dt).ToString(DateFormat, CultureInfo.InvariantCulture)); break;
            case Guid g: Annotated(json, name, TableNames.Guid, g.ToString("D")); break;
            case byte[] bytes: Annotated(json, name, TableNames.Binary, Convert.ToBase64String(bytes)); break;
            case BinaryData data: Annotated(json, name, TableNames.Binary, Convert.ToBase64String(data.ToMemory().Span)); break;
            default:
                throw new ArgumentException(
                    $"Property '{name}' is a {value.GetType().Name}; table properties are string, int, long, double, bool, DateTimeOffset, Guid, byte[] or BinaryData.",
                    nameof(value));
        }
    }

    private static void WriteDouble(Utf8JsonWriter json, string name, double value)
    {
        json.WriteString(name + TableNames.TypeSuffix, TableNames.Double);
        if (double.IsFinite(value))
            json.WriteNumber(name, value);
        else
            json.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
    }

    private static void Annotated(Utf8JsonWriter json, string name, string type, string value)
    {
        json.WriteString(name + TableNames.TypeSuffix, type);
        json.WriteString(name, value);
    }

    private static string? Annotation(JsonElement entity, string name) =>
        entity.TryGetProperty(name + TableNames.TypeSuffix, out var type) ? type.GetString() : null;

    private static object? ReadValue(JsonElement value, string? type, string name)
    {
        if (value.ValueKind == JsonValueKind.Null)
            return null;
        if (name == TableNames.Timestamp || type == TableNames.DateTime)
            return DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return type switch
        {
            TableNames.Int64 => value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt64(),
            TableNames.Double => value.ValueKind == JsonValueKind.String ? ParseSpecialDouble(value.GetString()!) : value.GetDouble(),
            TableNames.Guid => Guid.Parse(value.GetString()!),
            TableNames.Binary => Convert.FromBase64String(value.GetString()!),
            _ => value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number when value.TryGetInt32(out var i) => i,
                JsonValueKind.Number => value.GetDouble(),
                _ => throw new FormatException($"Property '{name}' has an unexpected JSON {value.ValueKind}."),
            },
        };
    }

    private static double ParseSpecialDouble(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
