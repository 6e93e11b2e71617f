namespace MotCua.Domain.Sheets;

/// <summary>
/// Says in plain Vietnamese what a YAML parser error usually means in an editor's file, with the fix. The parser's own
/// English words are left out: the position and the meaning are what the editor acts on.
/// </summary>
internal static class YamlProblem
{
    /// <summary>Fragments of YamlDotNet's messages (lower case) and what they mean for an editor, most specific first.</summary>
    private static readonly (string Fragment, string Meaning)[] Meanings =
    [
        ("duplicate key", "một khóa được ghi hai lần: chỉ giữ một dòng cho mỗi khóa"),
        ("anchor", "giá trị bắt đầu bằng dấu * hoặc & (có nghĩa riêng trong YAML): đặt cả giá trị trong ngoặc kép"),
        ("alias", "giá trị bắt đầu bằng dấu * hoặc & (có nghĩa riêng trong YAML): đặt cả giá trị trong ngoặc kép"),
        ("mapping values are not allowed", Colon),
        ("invalid mapping", Colon),
        ("escape", "trong ngoặc kép, dấu \\ có nghĩa riêng: dùng ngoặc đơn '...' thay cho ngoặc kép, hoặc viết \\\\"),
        (TabFragment, "dòng này thụt lề bằng phím Tab: xóa Tab rồi gõ dấu cách (YAML chỉ nhận dấu cách)"),
        ("cannot start any token", "giá trị bắt đầu bằng một ký tự YAML không nhận (như @ hoặc `): đặt cả giá trị trong ngoặc kép"),
        ("quoted scalar", "ngoặc kép hoặc ngoặc đơn chưa được đóng: thêm dấu đóng ở cuối giá trị"),
        ("flow", "dấu [ hoặc { chưa được đóng: đóng lại bằng ] hoặc } trên cùng dòng, hoặc đặt cả giá trị trong ngoặc kép"),
    ];

    private const string TabFragment = "tab";

    /// <summary>True when the parser complains of a tab, which the reader then looks for itself to point at its line.</summary>
    public static bool IsAboutTab(string parserMessage) => Find(parserMessage).Fragment == TabFragment;

    private const string Colon = "giá trị có dấu hai chấm ':': đặt cả giá trị trong ngoặc kép, ví dụ fee: \"Lệ phí: 8.000 đồng\"";

    private const string Otherwise =
        "viết sai quy cách ở đây: kiểm tra dấu hai chấm sau tên khóa, ngoặc kép đóng mở đủ đôi và các dòng con thụt vào bằng dấu cách";

    public static string Explain(string parserMessage)
    {
        var meaning = Find(parserMessage).Meaning ?? Otherwise;
        return YamlReading.SyntaxPrefix + meaning;
    }

    private static (string? Fragment, string? Meaning) Find(string parserMessage)
    {
        var lower = parserMessage.ToLowerInvariant();
        return Array.Find(Meanings, m => lower.Contains(m.Fragment, StringComparison.Ordinal));
    }
}
