using System.Text;
using MotCua.Domain.Sheets;
using MotCua.Domain.Text;
using MotCua.Publisher.Verbs;

namespace MotCua.Publisher.Import;

/// <summary>
/// `import SITE LIST.xlsx|LIST.csv --unit UNIT`: one sheet per procedure of the list, in its field's folder, saying
/// where the full text is; a QR code for every new sheet and board. A sheet that exists is never touched.
/// </summary>
internal static class ListImport
{
    /// <summary>How a list sheet's body begins; a procedure document's import replaces that body with the full text.</summary>
    public const string PointerToFullText = "Toàn văn thủ tục (trình tự, thành phần hồ sơ, thời hạn, phí và lệ phí, căn cứ pháp lý) có trên ";

    private sealed record Planned(ListedProcedure Procedure, string RelativePath, string Key, SheetDraft Draft);

    public static async Task<int> RunAsync(string listPath, ImportTarget target, DateOnly today, TextWriter stdout, CancellationToken cancellationToken)
    {
        var list = ProcedureListReader.Read(listPath);
        var skipped = new List<string>();
        var planned = new List<Planned>();
        foreach (var procedure in list.Procedures)
        {
            if (IsNoLongerInForce(procedure.Status))
            {
                skipped.Add($"{procedure.Where}: {procedure.Code} đã hết hiệu lực ({procedure.Status})");
            }
            else if (target.SheetsWithCode(procedure.Code) is [var existing, ..])
            {
                skipped.Add($"{procedure.Where}: {procedure.Code} đã có tệp {existing.DisplayPath}");
            }
            else
            {
                var field = target.FieldFor(procedure.Field);
                var (path, key) = target.NewSheetPath(field, procedure.Title, procedure.Code);
                planned.Add(new Planned(procedure, path, key, DraftOf(procedure)));
            }
        }

        await target.WriteNewFieldsAsync(cancellationToken);
        var created = new List<Planned>();
        foreach (var sheet in planned)
        {
            if (await SheetFiles.CreateAsync(Path.Combine(target.SiteDir, sheet.RelativePath), NewSheetTemplate.Render(sheet.Draft, today), cancellationToken))
            {
                created.Add(sheet);
            }
            else
            {
                skipped.Add($"{sheet.Procedure.Where}: {target.Display(sheet.RelativePath)} đã có, không ghi đè");
            }
        }

        var codes = await target.AssignCodesAsync(created.Select(c => c.Key), cancellationToken);
        foreach (var sheet in created)
        {
            await stdout.WriteLineAsync($"đã tạo\t{target.Display(sheet.RelativePath)}\t{sheet.Procedure.Code}");
        }

        foreach (var field in target.NewFields)
        {
            await stdout.WriteLineAsync($"lĩnh vực mới\t{field.Slug}: {field.Name}\t(thêm vào {target.Unit.SourcePath})");
        }

        await WriteAllAsync(stdout, "bỏ qua", skipped);
        await WriteAllAsync(stdout, "không đọc được", list.Unreadable);
        await stdout.WriteLineAsync($"xong: đã tạo {created.Count} tệp, bỏ qua {skipped.Count}, không đọc được {list.Unreadable.Count} dòng; "
            + $"{target.NewFields.Count} lĩnh vực mới, {codes.Count} mã QR mới trong codes.yaml");
        await stdout.WriteLineAsync($"tiếp theo: publisher validate {target.SiteDir}");
        return list.Unreadable.Count == 0 ? CommandLine.Ok : CommandLine.Failed;
    }

    private static SheetDraft DraftOf(ListedProcedure procedure)
    {
        var url = PortalLinks.ForCode(procedure.Code);
        var body = new StringBuilder()
            .Append(PointerToFullText)
            .Append("[Cổng Dịch vụ công quốc gia, mã ").Append(procedure.Code).Append("](").Append(url).Append(").\n\n");
        foreach (var (label, value) in new[]
        {
            ("Lĩnh vực", procedure.Field), ("Cấp thực hiện", procedure.AdministrativeLevel), ("Đối tượng thực hiện", procedure.Applicants),
            ("Cơ quan công khai", procedure.PublishedBy), ("Quyết định công bố", procedure.Decision),
        })
        {
            if (value.Length > 0)
            {
                body.Append("- ").Append(label).Append(": ").Append(MarkdownText.Inline(value)).Append('\n');
            }
        }

        return new SheetDraft(procedure.Title)
        {
            Code = procedure.Code,
            Level = SheetKeys.TryParseLevel(procedure.OnlineLevel, out var level) ? SheetKeys.Levels.First(l => l.Value == level).Key : null,
            Applicants = procedure.Applicants.Length > 0 ? procedure.Applicants : null,
            OnlineUrl = url,
            Body = body.ToString(),
        };
    }

    /// <summary>"Hết hiệu lực", "Đã bãi bỏ", "Không còn áp dụng": the list keeps such rows, a board does not post them.</summary>
    private static bool IsNoLongerInForce(string status)
    {
        var key = TextFolding.Slug(status);
        return key.Contains("het-hieu-luc", StringComparison.Ordinal) || key.Contains("bai-bo", StringComparison.Ordinal)
            || key.Contains("khong-con", StringComparison.Ordinal);
    }

    private static async Task WriteAllAsync(TextWriter stdout, string label, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            await stdout.WriteLineAsync($"{label}\t{line}");
        }
    }
}
