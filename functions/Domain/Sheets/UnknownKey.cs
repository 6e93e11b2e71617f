using MotCua.Domain.Text;

namespace MotCua.Domain.Sheets;

/// <summary>What editors read about a key the file may not have: the key they meant, or the keys there are.</summary>
internal static class UnknownKey
{
    /// <summary>
    /// Words editors write for a key, in English or (folded) Vietnamese, that no spelling distance would lead to: "date"
    /// is three edits from "updated". They are only suggested, never accepted, so every sheet keeps one spelling.
    /// </summary>
    private static readonly Dictionary<string, string> Meant = new(StringComparer.Ordinal)
    {
        ["date"] = SheetKeys.Updated,
        ["ngay"] = SheetKeys.Updated,
        ["ngay_cap_nhat"] = SheetKeys.Updated,
        ["ten"] = SheetKeys.Title,
        ["ten_thu_tuc"] = SheetKeys.Title,
        ["ma"] = SheetKeys.Code,
        ["ma_thu_tuc"] = SheetKeys.Code,
        ["muc_do"] = SheetKeys.Level,
        ["phi"] = SheetKeys.Fee,
        ["le_phi"] = SheetKeys.Fee,
        ["thoi_han"] = SheetKeys.ProcessingTime,
        ["thoi_han_giai_quyet"] = SheetKeys.ProcessingTime,
        ["co_quan"] = SheetKeys.Agency,
        ["doi_tuong"] = SheetKeys.Applicants,
        ["ket_qua"] = SheetKeys.Result,
        ["url"] = SheetKeys.OnlineUrl,
        ["link"] = SheetKeys.OnlineUrl,
        ["trang_thai"] = SheetKeys.Status,
    };

    public static string Message(string key, IReadOnlyList<string> known) =>
        Suggest(key, known) is { } suggestion
            ? $"không có khóa '{key}'; có phải ý bạn là '{suggestion}'?"
            : $"không có khóa '{key}'; các khóa dùng được: {string.Join(", ", known)}";

    /// <summary>The key <paramref name="key"/> was probably meant to be, or null.</summary>
    public static string? Suggest(string key, IReadOnlyList<string> known)
    {
        var folded = TextFolding.Slug(key).Replace('-', '_');
        return Meant.TryGetValue(folded, out var meant) && known.Contains(meant)
            ? meant
            : EditDistance.Suggest(key, known) ?? EditDistance.Suggest(folded, known);
    }
}
