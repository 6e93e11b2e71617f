using MotCua.Domain.Text;
using MotCua.Publisher.Cli;
using MotCua.Publisher.Import;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// `import SITE_DIR FILE... --unit UNIT`: sheets from the national database of administrative procedures. A list
/// (.xlsx or .csv) scaffolds one sheet per procedure; procedure documents (.docx, or folders of them) write or update
/// one sheet each in full. A file that cannot be used stops the import before anything is written.
/// </summary>
public sealed class ImportVerb(TimeProvider clock) : IVerb
{
    private static readonly string[] ListExtensions = [".xlsx", ".csv", ".xls"];
    private static readonly string[] DocumentExtensions = [".docx", ".doc"];

    public string Name => "import";

    public string Usage => $"import {Placeholder.SiteDir} {Placeholder.Files}... --unit {Placeholder.Unit}";

    public string Summary => "Tạo tệp thủ tục từ danh mục thủ tục quốc gia .xlsx hoặc .csv, hoặc tạo và cập nhật tệp thủ tục từ văn bản thủ tục .docx";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, Placeholder.SiteDir);
        var files = args.Positional.Skip(1).ToList();
        if (files.Count == 0)
        {
            throw new UsageException(UsageErrors.Missing(Placeholder.Files));
        }

        var unit = args.Option("--unit") is { Length: > 0 } given ? given : throw new UsageException(UsageErrors.Missing($"--unit {Placeholder.Unit}"));
        var lists = files.Count(f => ListExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase));
        if (lists > 0 && files.Count > 1)
        {
            throw new UsageException("mỗi lần chỉ nhập một danh mục; văn bản thủ tục (.docx) thì nhập riêng, không cùng lúc với danh mục");
        }

        if (files.Find(f => File.Exists(f) && !ListExtensions.Concat(DocumentExtensions).Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)) is { } other)
        {
            throw new UsageException($"'{other}' không phải danh mục (.xlsx, .csv) cũng không phải văn bản thủ tục (.docx)");
        }

        if (files.Find(f => !File.Exists(f) && !Directory.Exists(f)) is { } missing)
        {
            await stderr.WriteLineAsync($"error: không tìm thấy tệp '{missing}': kiểm tra lại đường dẫn");
            return CommandLine.Failed;
        }

        if (await ImportTarget.LoadAsync(siteDir, unit, stderr) is not { } target)
        {
            return CommandLine.Failed;
        }

        var today = VietnamTime.Date(clock.GetUtcNow());
        try
        {
            return lists == 1
                ? await ListImport.RunAsync(files[0], target, today, stdout, cancellationToken)
                : await DocumentImport.RunAsync(files, target, today, stdout, cancellationToken);
        }
        catch (ImportFileException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            await stderr.WriteLineAsync("chưa ghi gì: sửa tệp rồi chạy lại lệnh.");
            return CommandLine.Failed;
        }
    }
}
