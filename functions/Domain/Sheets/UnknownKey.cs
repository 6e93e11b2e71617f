using MotCua.Domain.Text;

namespace MotCua.Domain.Sheets;

/// <summary>What editors read about a key the file may not have: the near key they meant, or the keys there are.</summary>
internal static class UnknownKey
{
    public static string Message(string key, IReadOnlyList<string> known) =>
        EditDistance.Suggest(key, known) is { } suggestion
            ? $"không có khóa '{key}'; có phải ý bạn là '{suggestion}'?"
            : $"không có khóa '{key}'; các khóa dùng được: {string.Join(", ", known)}";
}
