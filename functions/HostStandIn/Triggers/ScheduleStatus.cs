using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using MotCua.Data;

namespace MotCua.HostStandIn.Triggers;

/// <summary>A timer's last and next occurrence, kept between runs as the host keeps it (its timer monitor).</summary>
internal sealed record ScheduleStatus(DateTime Last, DateTime Next, DateTime LastUpdated);

/// <summary>
/// Where the host keeps each timer's status: the blob <c>timers/&lt;host id&gt;/&lt;function&gt;/status</c> in the
/// <c>azure-webjobs-hosts</c> container of AzureWebJobsStorage. A missed occurrence is known from it after a restart.
/// </summary>
internal sealed class ScheduleStatusStore(BlobContainerClient container, string hostId)
{
    public const string Container = "azure-webjobs-hosts";

    public static ScheduleStatusStore Create(StandInOptions options, string hostId) =>
        new(new BlobServiceClient(options.StorageConnectionString, StorageClientDefaults.BlobOptions()).GetBlobContainerClient(Container), hostId);

    public async Task<ScheduleStatus?> ReadAsync(string function, CancellationToken cancellationToken)
    {
        try
        {
            var content = await container.GetBlobClient(Name(function)).DownloadContentAsync(cancellationToken);
            return JsonSerializer.Deserialize<ScheduleStatus>(content.Value.Content.ToMemory().Span);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task WriteAsync(string function, ScheduleStatus status, CancellationToken cancellationToken)
    {
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await container.GetBlobClient(Name(function)).UploadAsync(BinaryData.FromObjectAsJson(status), overwrite: true, cancellationToken);
    }

    private string Name(string function) => $"timers/{hostId}/{function}/status";
}
