using Azure.Core;
using Azure.Core.Pipeline;

namespace MotCua.Storage.Pipeline;

/// <summary>
/// Table Shared Key Lite signing (as Azure.Data.Tables): <c>x-ms-date + "\n" + resource</c>.
/// Only <c>x-ms-date</c> is sent, never <c>Date</c>: Azurite prefers a <c>Date</c> header when present.
/// </summary>
internal sealed class TableSharedKeyPolicy(StorageSharedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.Remove("Date");
        request.Headers.TryGetValue(StorageHeaders.Date, out var date);
        var stringToSign = date + "\n" + SharedKeyResource.Lite(credential.AccountName, request.Uri.ToUri());
        request.Headers.SetValue("Authorization", $"SharedKeyLite {credential.AccountName}:{credential.ComputeSignature(stringToSign)}");
    }
}
