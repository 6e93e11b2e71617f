using System.Security.Cryptography;
using System.Text;
using MotCua.Domain.Text;
using YamlDotNet.RepresentationModel;

namespace MotCua.Domain.Sheets;

/// <summary>
/// Reads one sheet file: YAML front matter (every key checked, positions kept) and the Markdown body.
/// Problems that concern this file alone are reported here; problems across sheets are the validator's.
/// </summary>
public static class SheetParser
{
    public static SheetParseResult Parse(SheetSource source)
    {
        var diagnostics = new List<Diagnostic>();
        var path = source.DisplayPath;
        if (SourceText.CheckCodePoints(source.Text, path) is { } notText)
        {
            return new SheetParseResult(null, [notText]);
        }

        WarnIfNotNfc(source.Text, path, diagnostics);
        var text = TextFolding.Nfc(source.Text).Replace("\r\n", "\n", StringComparison.Ordinal);

        var split = FrontMatter.Split(text, out var problem);
        if (split is null)
        {
            diagnostics.Add(new Diagnostic(path, 1, 1, Severity.Error, problem!));
            return new SheetParseResult(null, diagnostics);
        }

        var root = YamlReading.LoadMapping(split.Yaml, path, split.YamlLine, diagnostics);
        if (root is null)
        {
            return new SheetParseResult(null, diagnostics);
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = YamlReading.Scalar(keyNode) ?? "";
            var at = YamlReading.Position(keyNode, split.YamlLine);
            if (!SheetKeys.All.Contains(key))
            {
                diagnostics.Add(new Diagnostic(path, at, Severity.Error, UnknownKey.Message(key, SheetKeys.All)));
                if (UnknownKey.Suggest(key, SheetKeys.All) is { } meant)
                {
                    suggested.Add(meant);
                }

                continue;
            }

            values[key] = valueNode;
            positions[key] = YamlReading.Position(valueNode, split.YamlLine);
        }

        var reader = new FrontMatterValues(values, positions, path, source.Unit, diagnostics);
        var title = reader.Text(SheetKeys.Title);
        if (title is null && !values.ContainsKey(SheetKeys.Title))
        {
            // A misspelt 'title' (tittle:, tên:) is one mistake, already told with the key meant.
            if (!suggested.Contains(SheetKeys.Title))
            {
                diagnostics.Add(new Diagnostic(path, 1, 1, Severity.Error, "thiếu khóa bắt buộc 'title': thêm một dòng 'title: Tên thủ tục' vào giữa hai dòng '---'"));
            }
        }
        else if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Add(new Diagnostic(path, reader.At(SheetKeys.Title), Severity.Error, "'title' đang để trống: ghi tên thủ tục sau 'title: '"));
        }

        var body = SheetBodyReader.Read(split.Body, split.BodyLine, source, diagnostics);
        var sheet = new Sheet
        {
            Unit = source.Unit,
            Field = source.Field,
            Slug = source.Slug,
            SourcePath = source.RelativePath,
            DisplayPath = path,
            Title = title?.Trim() ?? "",
            NationalCode = reader.NationalCode(SheetFormats.CodeOfFileName(Path.GetFileNameWithoutExtension(source.RelativePath))),
            Level = reader.Level(),
            Agency = reader.Text(SheetKeys.Agency),
            Applicants = reader.Text(SheetKeys.Applicants),
            ProcessingTime = reader.Text(SheetKeys.ProcessingTime),
            Fee = reader.Text(SheetKeys.Fee),
            Result = reader.Text(SheetKeys.Result),
            OnlineUrl = reader.OnlineUrl(),
            Updated = reader.Date(SheetKeys.Updated),
            Retired = reader.IsRetired(),
            Draft = reader.Flag(SheetKeys.Draft),
            ReplacedBy = reader.Key(SheetKeys.ReplacedBy),
            RetiredReason = reader.Text(SheetKeys.RetiredReason),
            Aliases = reader.Keys(SheetKeys.Aliases),
            MovedTo = reader.Text(SheetKeys.MovedTo)?.Trim().Trim('/'),
            Body = split.Body,
            BodyLine = split.BodyLine,
            Positions = positions,
            Links = body.Links,
            BodyHtml = body.Html,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        };
        CheckRetirement(sheet, path, diagnostics);
        SheetContent.Check(sheet, body.Outline, diagnostics);
        return new SheetParseResult(diagnostics.Exists(d => d.IsError) ? null : sheet, diagnostics);
    }

    private static void CheckRetirement(Sheet sheet, string path, List<Diagnostic> diagnostics)
    {
        if (sheet.Retired && sheet.ReplacedBy is null && string.IsNullOrWhiteSpace(sheet.RetiredReason))
        {
            diagnostics.Add(new Diagnostic(path, sheet.PositionOf(SheetKeys.Status), Severity.Error,
                "thủ tục đã bãi bỏ cần 'replaced_by' (thủ tục thay thế nó) hoặc 'retired_reason' (lý do bãi bỏ)"));
        }
        else if (!sheet.Retired && sheet.ReplacedBy is not null)
        {
            diagnostics.Add(new Diagnostic(path, sheet.PositionOf(SheetKeys.ReplacedBy), Severity.Warning,
                "'replaced_by' chỉ có tác dụng khi có 'status: retired': xóa dòng này, hoặc thêm 'status: retired' nếu thủ tục đã bãi bỏ"));
        }
    }

    private static void WarnIfNotNfc(string text, string path, List<Diagnostic> diagnostics)
    {
        if (text.IsNormalized(NormalizationForm.FormC))
        {
            return;
        }

        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => !l.IsNormalized(NormalizationForm.FormC));
        var column = 1;
        if (line >= 0)
        {
            // Point at the letter that carries the separately typed mark.
            var mark = lines[line].AsSpan().IndexOfAnyInRange('\u0300', '\u036F');
            column = Math.Max(mark, 1);
        }

        diagnostics.Add(new Diagnostic(path, Math.Max(line, 0) + 1, column, Severity.Warning,
            "chữ và dấu thanh được gõ tách rời (không phải Unicode dựng sẵn NFC); trang vẫn hiện đúng, nhưng hãy lưu lại tệp ở dạng Unicode dựng sẵn (trong Unikey: bảng mã Unicode dựng sẵn)"));
    }
}
