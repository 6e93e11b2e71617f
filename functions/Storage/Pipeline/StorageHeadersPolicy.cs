using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MotCua.Storage.Pipeline;

/// <summary>
/// Sets <c>x-ms-version</c> and a fresh <c>x-ms-date</c> on every attempt (runs per retry, before signing,
/// so a retried request is never older than the service's 15-minute window).
/// </summary>
internal sealed class StorageHeadersPolicy(string serviceVersion) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        message.Request.Headers.SetValue(StorageHeaders.Version, serviceVersion);
        message.Request.Headers.SetValue(StorageHeaders.Date, DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture));
    }
}
