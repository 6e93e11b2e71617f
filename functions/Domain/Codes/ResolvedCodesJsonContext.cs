using System.Text.Json.Serialization;

namespace MotCua.Domain.Codes;

/// <summary>
/// <c>/_data/codes.json</c> read and written with generated code, with the default options as before: the publisher
/// can then be compiled ahead of time to a native executable, which reflection-based JSON would break.
/// </summary>
[JsonSerializable(typeof(ResolvedCodes))]
public sealed partial class ResolvedCodesJsonContext : JsonSerializerContext;
