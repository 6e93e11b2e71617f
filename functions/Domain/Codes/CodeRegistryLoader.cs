using System.Text;
using MotCua.Domain.Sheets;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MotCua.Domain.Codes;

/// <summary>
/// Reads <c>site/codes.yaml</c>: a YAML list, one item per code with <c>code</c>, <c>target</c>, <c>placement</c>
/// and optionally <c>kind</c> and <c>retired</c>. Every problem is a diagnostic with its line; entries that are
/// readable are kept so the validator can report everything at once.
/// </summary>
public static class CodeRegistryLoader
{
    private static readonly string[] KnownKeys = ["code", "target", "placement", "kind", "retired"];

    /// <summary>Loads <c>SITE_DIR/codes.yaml</c>; a missing file is an empty registry.</summary>
    public static (CodeRegistry Registry, IReadOnlyList<Diagnostic> Diagnostics) Load(string siteDir)
    {
        var displayPath = $"{siteDir.Replace('\\', '/').TrimEnd('/')}/{CodeRegistry.FileName}";
        var file = Path.Combine(siteDir, CodeRegistry.FileName);
        if (!File.Exists(file) && !Directory.Exists(file))
        {
            return (new CodeRegistry(displayPath, []), []);
        }

        var diagnostics = new List<Diagnostic>();
        var text = SourceText.Read(file, displayPath, diagnostics);
        return text is null
            ? (new CodeRegistry(displayPath, []), diagnostics)
            : InputFileException.Guard(displayPath, () => Parse(text, displayPath));
    }

    public static (CodeRegistry Registry, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml, string path)
    {
        var diagnostics = new List<Diagnostic>();
        var entries = new List<RegistryEntry>();
        if (SourceText.CheckCodePoints(yaml, path) is { } notText)
        {
            diagnostics.Add(notText);
            return (new CodeRegistry(path, entries), diagnostics);
        }

        var stream = YamlReading.TryLoad(yaml, path, 1, diagnostics);
        if (stream is null)
        {
            return (new CodeRegistry(path, entries), diagnostics);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return (new CodeRegistry(path, entries), diagnostics);
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode items)
        {
            diagnostics.Add(Error(path, stream.Documents[0].RootNode.Start, "tệp mã phải là một danh sách, mỗi mã bắt đầu bằng dòng '- code: ...'"));
            return (new CodeRegistry(path, entries), diagnostics);
        }

        foreach (var item in items)
        {
            var entry = ReadEntry(item, path, diagnostics);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return (new CodeRegistry(path, entries), diagnostics);
    }

    private static RegistryEntry? ReadEntry(YamlNode item, string path, List<Diagnostic> diagnostics)
    {
        if (item is not YamlMappingNode map)
        {
            diagnostics.Add(Error(path, item.Start, "mỗi mã là một nhóm gồm các dòng 'code:', 'target:' và 'placement:'"));
            return null;
        }

        string? code = null, target = null, placement = null;
        CodeKind? kind = null;
        var retired = false;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var value = (valueNode as YamlScalarNode)?.Value?.Trim().Normalize(NormalizationForm.FormC);
            switch (key)
            {
                case "code": code = value; break;
                case "target": target = value; break;
                case "placement": placement = value; break;
                case "kind":
                    kind = ParseKind(value);
                    if (kind is null)
                    {
                        diagnostics.Add(Error(path, valueNode.Start, $"kind '{value}' không hợp lệ: ghi procedure (thủ tục), board (bảng lĩnh vực) hoặc counter (quầy)"));
                    }

                    break;
                case "retired":
                    if (!bool.TryParse(value, out retired))
                    {
                        diagnostics.Add(Error(path, valueNode.Start, $"retired chỉ nhận true (đã gỡ) hoặc false, không nhận '{value}'"));
                    }

                    break;
                default:
                    diagnostics.Add(Error(path, keyNode.Start, Sheets.UnknownKey.Message(key, KnownKeys)));
                    break;
            }
        }

        var missing = new[] { ("code", code), ("target", target), ("placement", placement) }
            .Where(p => string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(Error(path, map.Start, $"mã này còn thiếu {string.Join(" và ", missing.Select(m => $"'{m}:'"))}; hãy thêm vào nhóm của mã"));
            return code is null ? null : new RegistryEntry(code, target ?? string.Empty, placement ?? string.Empty, kind, retired, (int)map.Start.Line, (int)map.Start.Column);
        }

        return new RegistryEntry(code!, target!, placement!, kind, retired, (int)map.Start.Line, (int)map.Start.Column);
    }

    private static CodeKind? ParseKind(string? value) => value switch
    {
        "procedure" => CodeKind.Procedure,
        "board" => CodeKind.Board,
        "counter" => CodeKind.Counter,
        _ => null,
    };

    private static Diagnostic Error(string path, Mark mark, string message) =>
        new(path, (int)mark.Line, (int)mark.Column, Severity.Error, message);
}
