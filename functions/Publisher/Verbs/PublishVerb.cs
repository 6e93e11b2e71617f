using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.Domain.Text;
using MotCua.Publisher.Publishing;
using MotCua.Storage.Blobs;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// `publish SITE_DIR [--connection CONN] [--dry-run]`: validates, renders, and uploads only what changed to the
/// <c>$web</c> container, deleting the pages of removed sheets.
/// </summary>
public sealed class PublishVerb(TimeProvider clock) : IVerb
{
    public const string DefaultConnection = "UseDevelopmentStorage=true";

    public PublishVerb()
        : this(TimeProvider.System)
    {
    }

    public string Name => "publish";

    public string Usage => "publish SITE_DIR [--connection CONN] [--dry-run] [--container NAME]";

    public string Summary => "upload changed pages to the $web container (gzip, headers, manifest); --dry-run prints the plan";

    public IReadOnlySet<string> Flags => new HashSet<string>(StringComparer.Ordinal) { "--dry-run" };

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, "SITE_DIR");
        if (!Directory.Exists(siteDir))
        {
            await stderr.WriteLineAsync($"error: site folder '{siteDir}' not found");
            return CommandLine.Failed;
        }

        var (site, diagnostics) = SiteValidator.Validate(siteDir, VietnamTime.Date(clock.GetUtcNow()));
        var plans = new SiteRenderer(site).Plan().ToList();
        var (blobs, overBudget) = diagnostics.Any(d => d.IsError) ? ([], []) : SitePublisher.Render(plans);
        var problems = SiteValidator.Sorted(diagnostics.Concat(overBudget));
        await DiagnosticReport.WriteAsync(problems, stderr);
        if (problems.Any(d => d.IsError))
        {
            await stderr.WriteLineAsync($"publish refused: {DiagnosticReport.Summary(problems)}; nothing was uploaded");
            return CommandLine.Failed;
        }

        var container = new BlobServiceClient(args.Option("--connection") ?? DefaultConnection)
            .GetBlobContainerClient(args.Option("--container") ?? SitePublisher.WebContainer);
        var publisher = new SitePublisher(container, stdout);
        var plan = await publisher.PlanAsync(blobs, cancellationToken);
        if (args.Has("--dry-run"))
        {
            foreach (var blob in plan.Uploads)
            {
                await stdout.WriteLineAsync($"  upload {blob.Name} ({blob.Gzipped.Length} bytes gzipped, {blob.CacheControl})");
            }

            foreach (var name in plan.Deletes)
            {
                await stdout.WriteLineAsync($"  delete {name}");
            }

            await stdout.WriteLineAsync($"dry run: {plan.Uploads.Count} to upload, {plan.Deletes.Count} to delete, {plan.Unchanged} unchanged; nothing written");
            return CommandLine.Ok;
        }

        await publisher.ApplyAsync(plan, cancellationToken);
        await stdout.WriteLineAsync($"published to {container.Name}: {plan.Uploads.Count} uploaded, {plan.Deletes.Count} deleted, {plan.Unchanged} unchanged");
        return CommandLine.Ok;
    }
}
