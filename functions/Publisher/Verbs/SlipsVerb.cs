using System.Globalization;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Azure.Identity;
using MotCua.Data;
using MotCua.Domain.Slips;
using MotCua.Domain.Text;
using MotCua.Publisher.Cli;
using MotCua.Publisher.Slips;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// `slips SITE_DIR --unit UNIT --count N --out DIR`: prints a batch of single-use rating slips for one office as A4
/// sheets of adhesive labels, <c>DIR/slips/&lt;unit&gt;/phieu-yyyyMMdd-batch.html</c>, after recording every slip and
/// the batch in the <c>slips</c> table (Azurite by default). The file appears only once storage holds the batch.
/// </summary>
public sealed class SlipsVerb(TimeProvider clock) : IVerb
{
    public const string DefaultConnection = StorageClientDefaults.DevelopmentStorage;

    public string Name => "slips";

    public string Usage => $"slips {Placeholder.SiteDir} --unit {Placeholder.Unit} --count {Placeholder.Count} --out {Placeholder.OutDir} [--layout {Placeholder.Layout}] [--host {Placeholder.Host}] [--connection {Placeholder.Connection} | --account-url {Placeholder.AccountUrl}]";

    public string Summary => $"In phiếu đánh giá dùng một lần (tờ nhãn A4, mỗi phiếu một mã QR) vào {Placeholder.OutDir}/slips/{Placeholder.Unit}/ và ghi đợt in vào kho lưu trữ";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, Placeholder.SiteDir);
        var unitSlug = args.Option("--unit") ?? throw new UsageException(UsageErrors.Missing($"--unit {Placeholder.Unit}"));
        var countText = args.Option("--count") ?? throw new UsageException(UsageErrors.Missing($"--count {Placeholder.Count}"));
        var outDir = args.Option("--out") ?? throw new UsageException(UsageErrors.Missing($"--out {Placeholder.OutDir}"));
        var count = int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= SlipBatch.MaxCount
            ? n
            : throw new UsageException($"--count cần số phiếu nguyên từ 1 đến {SlipBatch.MaxCount}, không phải '{countText}'");
        var layoutName = args.Option("--layout") ?? SlipLabelLayout.All[0].Name;
        var layout = SlipLabelLayout.Find(layoutName)
            ?? throw new UsageException($"không có khổ nhãn '{layoutName}'; các khổ có: {string.Join("; ", SlipLabelLayout.All.Select(l => $"{l.Name} ({l.Description})"))}");
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            await stderr.WriteLineAsync(NativeBuild.Lacks(Name));
            return CommandLine.Failed;
        }

        // Nothing after an await may follow the check above, or the native build would keep the table code it drops.
        return await PrintAsync(args, Tables(args), siteDir, unitSlug, count, outDir, layout, stdout, stderr, cancellationToken);
    }

    private async Task<int> PrintAsync(
        VerbArgs args, TableServiceClient tables, string siteDir, string unitSlug, int count, string outDir, SlipLabelLayout layout,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var host = await SiteCodes.HostAsync(args, stderr);
        var loaded = host is null ? null : await SiteCodes.LoadAsync(siteDir, stderr);
        if (loaded is not var (site, _))
        {
            return CommandLine.Failed;
        }

        var unit = site.Units.FirstOrDefault(u => string.Equals(u.Slug, unitSlug, StringComparison.Ordinal));
        if (unit is null || unit.Merger is not null)
        {
            await stderr.WriteLineAsync(unit is null
                ? $"error: không có đơn vị '{unitSlug}' trong {Path.Combine(siteDir, "units")}; các đơn vị có: {string.Join(", ", site.Units.Where(u => u.Merger is null).Select(u => u.Slug))}"
                : $"error: {unit.Name} đã sáp nhập vào đơn vị khác và không còn tiếp nhận hồ sơ: hãy in phiếu cho đơn vị mới");
            return CommandLine.Failed;
        }

        var batch = SlipBatch.Create(unit.Slug, unit.Name, VietnamTime.Date(clock.GetUtcNow()), count);
        var path = Path.GetFullPath(Path.Combine(outDir, "slips", unit.Slug, batch.FileName));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".dang-ghi";
        await File.WriteAllTextAsync(partial, SlipSheetRenderer.Render(batch, layout, host!), cancellationToken);
        try
        {
            await new SlipRecorder(tables).RecordAsync(batch, layout, cancellationToken);
        }
        catch
        {
            // Slips storage does not know must never reach paper.
            File.Delete(partial);
            throw;
        }

        File.Move(partial, path);
        var sheets = (count + layout.PerSheet - 1) / layout.PerSheet;
        await stdout.WriteLineAsync($"{path}: {count} phiếu trên {sheets} tờ {layout.Description}; đợt in {batch.Batch} ngày {batch.Printed.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} đã ghi vào kho lưu trữ");
        return CommandLine.Ok;
    }

    /// <summary>Azurite or an account key by connection string; in Azure, the account's table endpoint with Entra ID.</summary>
    private static TableServiceClient Tables(VerbArgs args)
    {
        var connection = args.Option("--connection");
        var accountUrl = args.Option("--account-url");
        if (connection is not null && accountUrl is not null)
        {
            throw new UsageException("chỉ ghi một trong hai: --connection hoặc --account-url, không ghi cả hai");
        }

        if (accountUrl is null)
        {
            return new TableServiceClient(connection ?? DefaultConnection, StorageClientDefaults.TableOptions());
        }

        // The account's blob address (as publish takes it) names the same account: its tables are at .table.
        if (!Uri.TryCreate(accountUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new UsageException($"--account-url phải là một địa chỉ https, ví dụ https://account.table.core.windows.net, không phải '{accountUrl}'");
        }

        var table = new UriBuilder(uri) { Host = uri.Host.Replace(".blob.", ".table.", StringComparison.OrdinalIgnoreCase), Path = "/" }.Uri;
        return new TableServiceClient(table, new DefaultAzureCredential(), StorageClientDefaults.TableOptions());
    }
}
