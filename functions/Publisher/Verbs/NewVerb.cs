using System.Globalization;
using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;
using MotCua.Domain.Text;
using MotCua.Publisher.Cli;
using MotCua.Publisher.Import;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// `new SITE_DIR TITLE --unit UNIT --field FIELD [--code NATIONAL_CODE]`: a sheet with every key and the standard
/// sections, at units/UNIT/FIELD/&lt;slug of TITLE&gt;.md (or &lt;NATIONAL_CODE&gt;.md, as the national portal names
/// it), and a fresh QR code for it in codes.yaml. It never overwrites, and it refuses what validate would refuse.
/// </summary>
public sealed class NewVerb(TimeProvider clock) : IVerb
{
    public string Name => "new";

    public string Usage => $"new {Placeholder.SiteDir} {Placeholder.Title} --unit {Placeholder.Unit} --field {Placeholder.Field} [--code {Placeholder.NationalCode}]";

    public string Summary => "Viết một tệp thủ tục mới đủ các khóa và các mục, và cấp cho nó một mã QR trong codes.yaml";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, Placeholder.SiteDir);
        var title = TextFolding.Nfc(args.Required(1, Placeholder.Title).Trim());
        if (TextFolding.Slug(title).Length == 0)
        {
            throw new UsageException($"{Placeholder.Title} '{title}' không có chữ cái nào để đặt tên tệp; ghi tên thủ tục, ví dụ \"Đăng ký khai sinh\"");
        }

        var nationalCode = args.Option("--code")?.Trim();
        if (nationalCode is not null && !SheetFormats.IsNationalCode(nationalCode))
        {
            throw new UsageException($"--code '{nationalCode}' không phải mã thủ tục quốc gia: mã có dạng một chữ số, dấu chấm, sáu chữ số, ví dụ 1.001193");
        }

        if (await SiteCodes.LoadAsync(siteDir, stderr) is not var (site, registry))
        {
            return CommandLine.Failed;
        }

        if (Problem(site, args, title, nationalCode, out var unit, out var field) is { } problem)
        {
            await stderr.WriteLineAsync($"error: {problem}; chưa ghi gì");
            return CommandLine.Failed;
        }

        // Named as the portal names it when the code is known (1.004859.md): the page's address then survives a retitling.
        var fileName = nationalCode ?? TextFolding.Slug(title);
        var slug = SheetFormats.SlugOfFileName(fileName) ?? fileName;
        var relative = $"{SiteLoader.UnitsFolder}/{unit!.Slug}/{field!.Slug}/{fileName}{SiteLoader.SheetExtension}";
        var path = SiteLoader.DisplayPath(siteDir, relative);
        var text = NewSheetTemplate.Render(title, nationalCode, VietnamTime.Date(clock.GetUtcNow()));
        var parsed = SheetParser.Parse(new SheetSource(unit.Slug, field.Slug, slug, relative, path, text));
        if (parsed.Diagnostics.FirstOrDefault(d => d.IsError) is { } error)
        {
            await stderr.WriteLineAsync($"error: tệp mới sẽ có lỗi ({error.Message}); chưa ghi gì");
            return CommandLine.Failed;
        }

        if (!await SheetFiles.CreateAsync(Path.Combine(siteDir, relative), text, cancellationToken))
        {
            await stderr.WriteLineAsync($"error: {path} đã có; chưa ghi gì (lệnh new không bao giờ ghi đè)");
            return CommandLine.Failed;
        }

        var key = $"{unit.Slug}/{field.Slug}/{slug}";
        var code = CodeAssigner.Derive(key, registry.Entries.Select(e => e.Code.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal));
        await CodeRegistryFile.AppendAsync(siteDir, [new NewCode(code, CodeKind.Procedure, key, CodeAssigner.ProcedurePlacement)], cancellationToken);
        await stdout.WriteLineAsync($"đã ghi {path}");
        await stdout.WriteLineAsync($"mã QR mới: {code} (nơi treo: {CodeAssigner.ProcedurePlacement}), đã thêm vào {registry.SourcePath}");
        await stdout.WriteLineAsync($"tiếp theo: điền nội dung vào các chỗ '{SheetContent.Placeholder}', rồi xem trước bằng: publisher serve {siteDir}");
        await stdout.WriteLineAsync($"muốn bỏ tệp này trước khi commit: xóa tệp, và xóa ba dòng của mã {code} ở cuối {registry.SourcePath} (mã chưa in, chưa đăng)");
        return CommandLine.Ok;
    }

    /// <summary>Why the sheet cannot be made as asked (it would be refused by validate), or null.</summary>
    private static string? Problem(SiteModel site, VerbArgs args, string title, string? nationalCode, out Unit? unit, out Field? field)
    {
        field = null;
        var unitSlug = Required(args, "--unit");
        unit = site.FindUnit(unitSlug);
        if (unit is null)
        {
            return $"không có đơn vị '{unitSlug}' trong thư mục units; các đơn vị có: {string.Join(", ", site.Units.Where(u => u.Merger is null).Select(u => u.Slug))}";
        }

        if (unit.Merger is { } merger)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"đơn vị '{unit.Slug}' đã sáp nhập từ ngày {merger.From:dd/MM/yyyy} vào {string.Join(", ", merger.Into)}: thủ tục mới viết ở đơn vị mới, ví dụ --unit {merger.Successor}");
        }

        var fieldSlug = Required(args, "--field");
        field = unit.FindField(fieldSlug);
        if (field is null)
        {
            return $"đơn vị '{unit.Slug}' không có lĩnh vực '{fieldSlug}' trong unit.yaml; các lĩnh vực có: {string.Join(", ", unit.Fields.Select(f => f.Slug))}";
        }

        var slug = nationalCode is null ? TextFolding.Slug(title) : SheetFormats.SlugOfFileName(nationalCode)!;
        if (unit.Sheets.FirstOrDefault(s => s.Slug == slug) is { } sameName)
        {
            return $"{sameName.DisplayPath} đã mang tên '{slug}' trong đơn vị này (hãy chọn tên thủ tục khác hoặc sửa tệp đó)";
        }

        return nationalCode is not null && unit.Sheets.FirstOrDefault(s => !s.Retired && s.NationalCode == nationalCode) is { } sameCode
            ? $"mã thủ tục {nationalCode} đã có ở {sameCode.DisplayPath} ('{sameCode.Title}'): một đơn vị chỉ có một tệp cho mỗi thủ tục; hãy sửa tệp đó"
            : null;
    }

    private static string Required(VerbArgs args, string option) =>
        args.Option(option) is { Length: > 0 } value ? value : throw new UsageException(UsageErrors.Missing($"{option} {(option == "--unit" ? Placeholder.Unit : Placeholder.Field)}"));
}
