using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MotCua.Domain.Sheets;

/// <summary>Loads YAML into nodes that keep their line and column, and turns parser errors into diagnostics.</summary>
internal static partial class YamlReading
{
    /// <summary>Every YAML syntax message starts so, so editors (and tests) can tell it from a wrong value.</summary>
    public const string SyntaxPrefix = "lỗi cú pháp YAML: ";

    /// <summary>The document's root mapping, or null after adding a diagnostic (syntax error or not a mapping).</summary>
    public static YamlMappingNode? LoadMapping(string yaml, string path, int firstLine, List<Diagnostic> diagnostics)
    {
        var stream = TryLoad(yaml, path, firstLine, diagnostics);
        if (stream is null)
        {
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(new Diagnostic(path, firstLine, 1, Severity.Error, "cần các dòng dạng 'khóa: giá trị', ví dụ 'title: Đăng ký khai sinh' (mỗi dòng một khóa)"));
            return null;
        }

        return root;
    }

    /// <summary>
    /// Parses YAML text, or adds a diagnostic and returns null. Some malformed input (an unclosed flow sequence
    /// before a new line, a tag that is no URI) makes YamlDotNet throw InvalidOperationException or ArgumentException:
    /// it is reported at the scanner's position, like any other syntax error.
    /// </summary>
    public static YamlStream? TryLoad(string yaml, string path, int firstLine, List<Diagnostic> diagnostics)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
            return stream;
        }
        catch (YamlException ex)
        {
            var message = Describe(ex);
            var at = YamlProblem.IsAboutTab(message) && FirstIndentingTab(yaml) is { } tab
                ? new SourcePosition(tab.Line + firstLine - 1, tab.Column)
                : Position(ex.Start, firstLine);
            diagnostics.Add(new Diagnostic(path, at, Severity.Error, YamlProblem.Explain(message)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            diagnostics.Add(new Diagnostic(path, Position(scanner.CurrentPosition, firstLine), Severity.Error,
                SyntaxPrefix + "không đọc được giá trị này: đóng mỗi '[' bằng ']' và mỗi '{' bằng '}' trên cùng dòng, hoặc đặt cả giá trị trong ngoặc kép nếu nó có [ ] { } ! & * hay :"));
        }

        return null;
    }

    /// <summary>
    /// The first tab in a line's indentation (1-based, in the YAML text). YamlDotNet notices a tab where the
    /// indentation no longer adds up, which can be the line before or the start of the enclosing list; the editor
    /// needs the line where the tab is.
    /// </summary>
    private static SourcePosition? FirstIndentingTab(string yaml)
    {
        var line = 1;
        foreach (var text in yaml.AsSpan().EnumerateLines())
        {
            var indent = text.Length - text.TrimStart(" \t").Length;
            var tab = text[..indent].IndexOf('\t');
            if (tab >= 0 && indent < text.Length)
            {
                return new SourcePosition(line, tab + 1);
            }

            line++;
        }

        return null;
    }

    /// <summary>The file position of a node, given the file line where the YAML text starts.</summary>
    public static SourcePosition Position(Mark mark, int firstLine) =>
        new((int)mark.Line + firstLine - 1, (int)mark.Column);

    public static SourcePosition Position(YamlNode node, int firstLine) => Position(node.Start, firstLine);

    public static string? Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value : null;

    private static string Describe(YamlException ex)
    {
        var message = (ex.InnerException as YamlException)?.Message ?? ex.Message;
        message = LocationPrefix().Replace(message, "");
        return message.Length == 0 ? "invalid YAML" : char.ToLowerInvariant(message[0]) + message[1..];
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex LocationPrefix();
}
