namespace MotCua.Domain.Sheets;

/// <summary>A sheet split into its YAML front matter and Markdown body, with the lines where each starts.</summary>
public sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    private const string Fence = "---";

    /// <summary>Splits the text at its <c>---</c> fences; null with a message when the fences are missing.</summary>
    public static FrontMatter? Split(string text, out string? problem)
    {
        problem = null;
        var lines = text.Split('\n');
        if (lines.Length == 0 || !IsFence(lines[0]))
        {
            problem = "tệp thủ tục phải bắt đầu bằng một dòng '---', tiếp theo là các khóa (title: ...), rồi thêm một dòng '---'";
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (IsFence(lines[i]))
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                var body = i + 1 < lines.Length ? string.Join('\n', lines, i + 1, lines.Length - i - 1) : "";
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }

        problem = "phần đầu tệp chưa được đóng: thêm một dòng '---' sau khóa cuối cùng";
        return null;
    }

    private static bool IsFence(string line) => string.Equals(line.TrimEnd('\r', ' ', '\t'), Fence, StringComparison.Ordinal);
}
