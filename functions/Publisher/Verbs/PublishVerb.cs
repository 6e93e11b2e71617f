using Azure.Identity;
using Azure.Storage.Blobs;
using MotCua.Data;
using MotCua.Domain.Build;
using MotCua.Domain.Codes;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.Domain.Text;
using MotCua.Publisher.Publishing;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// `publish SITE_DIR [--connection CONN | --account-url URL] [--dry-run]`: validates the sheets and the code registry,
/// renders the pages, the resolved codes, the posters and the service worker, and uploads only what changed to the
/// <c>$web</c> container, deleting the pages of removed sheets. A code published before must still be in the registry.
/// </summary>
public sealed class PublishVerb(TimeProvider clock, RunEnvironment? environment = null) : IVerb
{
    public const string DefaultConnection = "UseDevelopmentStorage=true";

    public string Name => "publish";

    public string Usage => "publish SITE_DIR [--connection CONN | --account-url URL] [--host HOST] [--dry-run] [--container NAME]";

    public string Summary => "upload changed pages to the $web container (gzip, headers, manifest); --dry-run prints the plan";

    public IReadOnlySet<string> Flags => new HashSet<string>(StringComparer.Ordinal) { "--dry-run" };

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, "SITE_DIR");
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
        var (site, diagnostics) = SiteValidator.Validate(siteDir, VietnamTime.Date(clock.GetUtcNow()));
        var (registry, registryDiagnostics) = CodeRegistryLoader.Load(siteDir);
        var published = await SitePublisher.ReadPublishedCodesAsync(container, cancellationToken);
        var problems = diagnostics.Concat(registryDiagnostics).ToList();
        if (!problems.Any(d => d.IsError))
        {
            problems.AddRange(CodeRegistryValidator.Validate(registry, site, published));
        }

        IReadOnlyList<PublishedBlob> blobs = [];
        if (!problems.Any(d => d.IsError))
        {
            var plans = new SiteRenderer(site, SiteExtras.PortalLinks(registry)).Plan().ToList();
            var (pages, overBudget) = SitePublisher.Render(plans);
            problems.AddRange(overBudget);
            blobs = [.. pages, .. SiteExtras.Render(site, registry, host).Select(SitePublisher.Prepare)];
        }

        problems = [.. SiteValidator.Sorted(problems)];
        await DiagnosticReport.WriteAsync(problems, stderr, stdout, environment ?? RunEnvironment.Process);
        if (problems.Any(d => d.IsError))
        {
            await stderr.WriteLineAsync($"chưa xuất bản: {DiagnosticReport.Summary(problems)}; chưa tải lên gì cả; sửa các lỗi ở trên rồi chạy lại");
            return CommandLine.Failed;
        }

        var publisher = new SitePublisher(container, stdout);
        var plan = await publisher.PlanAsync(blobs, cancellationToken);
        if (args.Has("--dry-run"))
        {
            foreach (var blob in plan.Uploads)
            {
                await stdout.WriteLineAsync($"  tải lên {blob.Name} ({blob.Gzipped.Length} byte đã nén, {blob.CacheControl})");
            }

            foreach (var name in plan.Deletes)
            {
                await stdout.WriteLineAsync($"  xóa {name}");
            }

            await stdout.WriteLineAsync($"chạy thử: {plan.Uploads.Count} tệp sẽ tải lên, {plan.Deletes.Count} tệp sẽ xóa, {plan.Unchanged} tệp không đổi; chưa ghi gì");
            return CommandLine.Ok;
        }

        await publisher.ApplyAsync(plan, cancellationToken);
        await stdout.WriteLineAsync($"đã xuất bản lên {container.Name}: {plan.Uploads.Count} tệp tải lên, {plan.Deletes.Count} tệp đã xóa, {plan.Unchanged} tệp không đổi");
        return CommandLine.Ok;
    }

    /// <summary>Azurite or an account key by connection string; in CI, the account URL with Entra ID (no key anywhere).</summary>
    private static BlobContainerClient Container(VerbArgs args)
    {
        var connection = args.Option("--connection");
        var accountUrl = args.Option("--account-url");
        if (connection is not null && accountUrl is not null)
        {
            throw new UsageException("use either --connection or --account-url, not both");
        }

        var service = accountUrl is null
            ? new BlobServiceClient(connection ?? DefaultConnection, StorageClientDefaults.BlobOptions())
            : new BlobServiceClient(AccountUri(accountUrl), new DefaultAzureCredential(), StorageClientDefaults.BlobOptions());
        return service.GetBlobContainerClient(args.Option("--container") ?? SitePublisher.WebContainer);
    }

    private static Uri AccountUri(string accountUrl) =>
        Uri.TryCreate(accountUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? uri
            : throw new UsageException($"--account-url must be an https URL such as https://account.blob.core.windows.net, not '{accountUrl}'");
}
