using System.Text;
using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;
using MotCua.Domain.Text;
using MotCua.Publisher.Cli;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// `new SITE_DIR TITLE --unit UNIT --field FIELD [--code NATIONAL_CODE]`: a sheet with every key and the standard
/// sections, at units/UNIT/FIELD/&lt;slug of TITLE&gt;.md, and a fresh QR code for it in codes.yaml. Never overwrites.
/// </summary>
public sealed class NewVerb(TimeProvider clock) : IVerb
{
    public string Name => "new";

    public string Usage => "new SITE_DIR TITLE --unit UNIT --field FIELD [--code NATIONAL_CODE]";

    public string Summary => "viết một phiếu thủ tục mới đủ các khóa và các mục, và cấp cho nó một mã QR trong codes.yaml";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, "SITE_DIR");
        var title = TextFolding.Nfc(args.Required(1, "TITLE").Trim());
        var slug = TextFolding.Slug(title);
        if (slug.Length == 0)
        {
            throw new UsageException($"TITLE '{title}' không có chữ cái nào để đặt tên tệp; ghi tên thủ tục, ví dụ \"Đăng ký khai sinh\"");
        }

        if (await SiteCodes.LoadAsync(siteDir, stderr) is not var (site, registry))
        {
            return CommandLine.Failed;
        }

        var unit = site.FindUnit(Required(args, "--unit"));
        if (unit is null)
        {
            return await RefuseAsync(stderr, $"không có đơn vị '{args.Option("--unit")}' trong {siteDir}/units; các đơn vị có: {string.Join(", ", site.Units.Select(u => u.Slug))}");
        }

        var field = unit.FindField(Required(args, "--field"));
        if (field is null)
        {
            return await RefuseAsync(stderr, $"đơn vị '{unit.Slug}' không có lĩnh vực '{args.Option("--field")}' trong unit.yaml; các lĩnh vực có: {string.Join(", ", unit.Fields.Select(f => f.Slug))}");
        }

        if (unit.Sheets.FirstOrDefault(s => s.Slug == slug) is { } existing)
        {
            return await RefuseAsync(stderr, $"{existing.DisplayPath} đã mang tên '{slug}' trong đơn vị này; chưa ghi gì (hãy chọn tên thủ tục khác hoặc sửa tờ đó)");
        }

        var path = Path.Combine(siteDir, SiteLoader.UnitsFolder, unit.Slug, field.Slug, slug + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = NewSheetTemplate.Render(title, args.Option("--code"), VietnamTime.Date(clock.GetUtcNow()));
        try
        {
            // CreateNew: an existing file is never overwritten, even one that appeared a moment ago.
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            await file.WriteAsync(new UTF8Encoding(false).GetBytes(text), cancellationToken);
        }
        catch (IOException) when (File.Exists(path))
        {
            return await RefuseAsync(stderr, $"{path} đã có; chưa ghi gì");
        }

        var key = $"{unit.Slug}/{field.Slug}/{slug}";
        var code = CodeAssigner.Derive(key, registry.Entries.Select(e => e.Code.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal));
        await CodeRegistryFile.AppendAsync(siteDir, [new NewCode(code, CodeKind.Procedure, key, CodeAssigner.ProcedurePlacement)], cancellationToken);
        await stdout.WriteLineAsync($"đã ghi {path}");
        await stdout.WriteLineAsync($"{code}\tprocedure\t{key}\t{CodeAssigner.ProcedurePlacement}");
        await stdout.WriteLineAsync($"tiếp theo: điền nội dung tờ thủ tục, rồi xem trước bằng: publisher serve {siteDir}");
        return CommandLine.Ok;
    }

    private static string Required(VerbArgs args, string option) =>
        args.Option(option) is { Length: > 0 } value ? value : throw new UsageException(UsageErrors.Missing($"{option} {option[2..].ToUpperInvariant()}"));

    private static async Task<int> RefuseAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"error: {message}");
        return CommandLine.Failed;
    }
}
