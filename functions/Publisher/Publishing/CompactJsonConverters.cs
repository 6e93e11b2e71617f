using System.Text.Json;
using System.Text.Json.Serialization;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Publishing;

/// <summary>
/// A position as <c>[line, column]</c> in the build cache: 40,000 sheets carry about 100,000 of them, and an array of
/// two numbers reads several times faster than an object bound through its constructor.
/// </summary>
internal sealed class SourcePositionConverter : JsonConverter<SourcePosition>
{
    public override SourcePosition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(reader.TokenType == JsonTokenType.StartArray);
        Expect(reader.Read() && reader.TokenType == JsonTokenType.Number);
        var line = reader.GetInt32();
        Expect(reader.Read() && reader.TokenType == JsonTokenType.Number);
        var column = reader.GetInt32();
        Expect(reader.Read() && reader.TokenType == JsonTokenType.EndArray);
        return new SourcePosition(line, column);
    }

    public override void Write(Utf8JsonWriter writer, SourcePosition value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Line);
        writer.WriteNumberValue(value.Column);
        writer.WriteEndArray();
    }

    internal static void Expect(bool condition)
    {
        if (!condition)
        {
            throw new JsonException("a position or link in the build cache is not an array of its parts");
        }
    }
}

/// <summary>A link as <c>[url, line, column]</c> in the build cache, for the same reason as <see cref="SourcePositionConverter"/>.</summary>
internal sealed class SheetLinkConverter : JsonConverter<SheetLink>
{
    public override SheetLink Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        SourcePositionConverter.Expect(reader.TokenType == JsonTokenType.StartArray);
        SourcePositionConverter.Expect(reader.Read() && reader.TokenType == JsonTokenType.String);
        var url = reader.GetString()!;
        SourcePositionConverter.Expect(reader.Read() && reader.TokenType == JsonTokenType.Number);
        var line = reader.GetInt32();
        SourcePositionConverter.Expect(reader.Read() && reader.TokenType == JsonTokenType.Number);
        var column = reader.GetInt32();
        SourcePositionConverter.Expect(reader.Read() && reader.TokenType == JsonTokenType.EndArray);
        return new SheetLink(url, line, column);
    }

    public override void Write(Utf8JsonWriter writer, SheetLink value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.Url);
        writer.WriteNumberValue(value.Line);
        writer.WriteNumberValue(value.Column);
        writer.WriteEndArray();
    }
}
