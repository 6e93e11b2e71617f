using MotCua.Domain.Sheets;
using MotCua.Domain.Text;
using MotCua.Publisher.Cli;
using MotCua.Publisher.Verbs;

namespace MotCua.Publisher.Import;

/// <summary>
/// `import SITE PROCEDURE.docx... --unit UNIT`: each document writes its sheet in full, or updates the sheet that has
/// its code. Every document is read before anything is written, so one bad file changes nothing.
/// </summary>
internal static class DocumentImport
{
    private sealed record Planned(ImportedSheet Imported, string DisplayPath, string FullPath, string Text, string? NewKey, MergedSheet? Update);

    public static async Task<int> RunAsync(IReadOnlyList<string> inputs, ImportTarget target, DateOnly today, TextWriter stdout, CancellationToken cancellationToken)
    {
        var paths = Expand(inputs).ToList();
        var report = ProgressLine.Reporter(stdout);
        var documents = paths.Select((path, i) =>
        {
            var sheet = ImportedSheet.From(ProcedureDocumentReader.Read(path));
            report(i + 1, paths.Count);
            return (Path: path, Sheet: sheet);
        }).ToList();
        var twice = documents.GroupBy(d => d.Sheet.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ImportFileException($"hai tài liệu cùng mã thủ tục {twice.Key}: {string.Join(", ", twice.Select(d => d.Path))}; chỉ nhập một tài liệu cho mỗi thủ tục");
        }

        var planned = new List<Planned>();
        foreach (var (path, imported) in documents)
        {
            planned.Add(await PlanAsync(path, imported, target, today, cancellationToken));
        }

        await target.WriteNewFieldsAsync(cancellationToken);
        foreach (var sheet in planned)
        {
            if (sheet.Update is { Changes.Count: > 0 })
            {
                await SheetFiles.ReplaceAsync(sheet.FullPath, sheet.Text, cancellationToken);
            }
            else if (sheet.NewKey is not null && !await SheetFiles.CreateAsync(sheet.FullPath, sheet.Text, cancellationToken))
            {
                throw new IOException($"{sheet.DisplayPath} vừa được tạo bởi người khác; chạy lại lệnh để cập nhật tệp đó");
            }
        }

        var codes = await target.AssignCodesAsync(planned.Select(p => p.NewKey).OfType<string>(), cancellationToken);
        foreach (var sheet in planned)
        {
            await ReportAsync(sheet, stdout);
        }

        await stdout.WriteLineAsync($"xong: {planned.Count(p => p.NewKey is not null)} tệp mới, {planned.Count(p => p.Update is { Changes.Count: > 0 })} tệp cập nhật, "
            + $"{planned.Count(p => p.Update is { Changes.Count: 0 })} tệp không đổi; {target.NewFields.Count} lĩnh vực mới, {codes.Count} mã QR mới trong codes.yaml");
        return CommandLine.Ok;
    }

    private static async Task<Planned> PlanAsync(string source, ImportedSheet imported, ImportTarget target, DateOnly today, CancellationToken cancellationToken)
    {
        var existing = target.SheetsWithCode(imported.Code);
        if (existing.Count > 1)
        {
            throw new ImportFileException($"{source}: mã thủ tục {imported.Code} đã dùng cho nhiều tệp ({string.Join(", ", existing.Select(s => s.DisplayPath))}); hãy gộp lại thành một tệp rồi nhập lại");
        }

        if (existing.Count == 1)
        {
            var sheet = existing[0];
            var full = Path.Combine(target.SiteDir, sheet.SourcePath);
            var merged = SheetMerge.Merge(await File.ReadAllTextAsync(full, cancellationToken), sheet, imported, today);
            return new Planned(imported, sheet.DisplayPath, full, merged.Text, null, merged);
        }

        if (TextFolding.Slug(imported.Field).Length == 0)
        {
            throw new ImportFileException($"{source}: tài liệu không ghi 'Lĩnh vực', nên không biết đặt tệp vào thư mục nào");
        }

        var field = target.FieldFor(imported.Field);
        var (relative, key) = target.NewSheetPath(field, imported.Title, imported.Code);
        string? Value(string name) => imported.Values.FirstOrDefault(v => v.Key == name).Value;
        var draft = new SheetDraft(imported.Title)
        {
            Code = imported.Code,
            Agency = Value(SheetKeys.Agency),
            Applicants = Value(SheetKeys.Applicants),
            ProcessingTime = Value(SheetKeys.ProcessingTime),
            Fee = Value(SheetKeys.Fee),
            Result = Value(SheetKeys.Result),
            OnlineUrl = Value(SheetKeys.OnlineUrl),
            Body = imported.Body(),
        };
        return new Planned(imported, target.Display(relative), Path.Combine(target.SiteDir, relative), NewSheetTemplate.Render(draft, today), key, null);
    }

    private static async Task ReportAsync(Planned sheet, TextWriter stdout)
    {
        if (sheet.Update is not { } update)
        {
            await stdout.WriteLineAsync($"đã tạo\t{sheet.DisplayPath}\t{sheet.Imported.Code}: {sheet.Imported.Sections.Count} mục");
            return;
        }

        await stdout.WriteLineAsync(update.Changes.Count == 0 ? $"không đổi\t{sheet.DisplayPath}" : $"đã cập nhật\t{sheet.DisplayPath}");
        foreach (var line in update.Changes)
        {
            await stdout.WriteLineAsync("  " + line);
        }

        foreach (var heading in update.Kept)
        {
            await stdout.WriteLineAsync($"  = ## {heading} (giữ nguyên: tài liệu không có mục này)");
        }
    }

    /// <summary>The documents to read: files as given, folders as their .docx files in name order.</summary>
    private static IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input))
            {
                yield return input;
                continue;
            }

            var files = Directory.GetFiles(input).Where(f => f.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                throw new ImportFileException($"{input}: thư mục không có tệp .docx nào");
            }

            foreach (var file in files)
            {
                yield return file;
            }
        }
    }
}
