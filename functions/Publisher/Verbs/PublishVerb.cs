using Azure.Identity;
using Azure.Storage.Blobs;
using MotCua.Data;
using MotCua.Domain.Text;
using MotCua.Publisher.Cli;
using MotCua.Publisher.Publishing;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// `publish SITE_DIR [--connection CONN | --account-url URL] [--dry-run]`: validates the sheets and the code registry,
/// renders the pages, the resolved codes, the posters and the service worker, and uploads only what changed to the
/// <c>$web</c> container, deleting the pages of removed sheets. A code published before must still be in the registry.
/// </summary>
public sealed class PublishVerb(TimeProvider clock, RunEnvironment? environment = null) : IVerb
{
    public const string DefaultConnection = StorageClientDefaults.DevelopmentStorage;

    public string Name => "publish";

    public string Usage => $"publish {Placeholder.SiteDir} [--connection {Placeholder.Connection} | --account-url {Placeholder.AccountUrl}] [--host {Placeholder.Host}] [--dry-run] [--container {Placeholder.Container}]";

    public string Summary => "Đăng trang: tải lên vùng chứa $web những tệp đã đổi từ lần đăng trước; --dry-run chỉ in những gì sẽ làm";

    public IReadOnlySet<string> Flags => new HashSet<string>(StringComparer.Ordinal) { "--dry-run" };

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, Placeholder.SiteDir);
        if (!Directory.Exists(siteDir))
        {
            await stderr.WriteLineAsync(DiagnosticReport.SiteNotFound(siteDir));
            return CommandLine.Failed;
        }

        var host = await SiteCodes.HostAsync(args, stderr);
        if (host is null)
        {
            return CommandLine.Failed;
        }

        var container = Container(args);
        var dryRun = args.Has("--dry-run");
        var run = new SiteRun(siteDir, VietnamTime.Date(clock.GetUtcNow()))
        {
            Host = host,
            ReportAsync = problems => DiagnosticReport.WriteAsync(problems, stderr, stdout, environment ?? RunEnvironment.Process),
        };
        var result = await SitePipeline.RunAsync(run, new BlobSink(container, stdout, dryRun), cancellationToken);
        if (result.Outcome is not { } plan)
        {
            await stderr.WriteLineAsync($"chưa đăng: {DiagnosticReport.Summary(result.Diagnostics)}; chưa tải lên gì cả; sửa các lỗi ở trên rồi chạy lại");
            return CommandLine.Failed;
        }

        if (dryRun)
        {
            await PrintPlanAsync(plan, stdout);
            return CommandLine.Ok;
        }

        await stdout.WriteLineAsync($"đã đăng lên {container.Name}: {plan.Uploads.Count} tệp tải lên, {plan.Deletes.Count} tệp đã xóa, {plan.Unchanged} tệp không đổi");
        return CommandLine.Ok;
    }

    private static async Task PrintPlanAsync(PublishPlan plan, TextWriter stdout)
    {
        foreach (var blob in plan.Uploads)
        {
            await stdout.WriteLineAsync($"  tải lên {blob.Name} ({blob.Gzipped.Length} byte đã nén)");
        }

        foreach (var name in plan.Deletes)
        {
            await stdout.WriteLineAsync($"  xóa {name}");
        }

        await stdout.WriteLineAsync($"chạy thử: {plan.Uploads.Count} tệp sẽ tải lên, {plan.Deletes.Count} tệp sẽ xóa, {plan.Unchanged} tệp không đổi; chưa ghi gì");
    }

    /// <summary>Azurite or an account key by connection string; in CI, the account URL with Entra ID (no key anywhere).</summary>
    private static BlobContainerClient Container(VerbArgs args)
    {
        var connection = args.Option("--connection");
        var accountUrl = args.Option("--account-url");
        if (connection is not null && accountUrl is not null)
        {
            throw new UsageException("chỉ ghi một trong hai: --connection hoặc --account-url, không ghi cả hai");
        }

        var service = accountUrl is null
            ? new BlobServiceClient(connection ?? DefaultConnection, StorageClientDefaults.BlobOptions())
            : new BlobServiceClient(AccountUri(accountUrl), new DefaultAzureCredential(), StorageClientDefaults.BlobOptions());
        return service.GetBlobContainerClient(args.Option("--container") ?? BlobSink.WebContainer);
    }

    private static Uri AccountUri(string accountUrl) =>
        Uri.TryCreate(accountUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? uri
            : throw new UsageException($"--account-url phải là một địa chỉ https, ví dụ https://account.blob.core.windows.net, không phải '{accountUrl}'");
}
