using System.Text.Json;

namespace MotCua.Domain.Codes;

/// <summary>
/// The codes of a previously published <c>/_data/codes.json</c>: the registry is checked against them so that a
/// code once printed can never silently disappear from <c>site/codes.yaml</c>.
/// </summary>
public static class PublishedCodes
{
    /// <summary>The codes in <paramref name="json"/> (a <see cref="ResolvedCodes"/> document).</summary>
    public static IReadOnlyList<string> Read(string json)
    {
        ResolvedCodes? resolved;
        try
        {
            resolved = JsonSerializer.Deserialize<ResolvedCodes>(json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"tệp mã đã xuất bản (codes.json) không đọc được ({ex.Message}): hãy dùng đúng tệp /_data/codes.json do publisher tạo ra", ex);
        }

        if (resolved is null)
        {
            throw new FormatException("tệp mã đã xuất bản (codes.json) đang trống: hãy dùng đúng tệp /_data/codes.json do publisher tạo ra");
        }

        return resolved.Codes?.Select(c => c.Code).ToList()
            ?? throw new FormatException("tệp mã đã xuất bản (codes.json) không có danh sách 'codes': hãy dùng đúng tệp /_data/codes.json do publisher tạo ra");
    }
}
