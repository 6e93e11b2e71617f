using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MotCua.Storage.Pipeline;

/// <summary>
/// Blob Shared Key signing: 12 standard header slots, every <c>x-ms-*</c> header (including the ones
/// Azure.Core adds, such as <c>x-ms-client-request-id</c>) and the canonicalized resource.
/// Registered per retry so each attempt is signed with its own date.
/// </summary>
internal sealed class BlobSharedKeyPolicy(StorageSharedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    private static readonly string[] SignedHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var text = new StringBuilder();
        text.Append(request.Method.Method).Append('\n');
        foreach (var name in SignedHeaders)
            text.Append(SlotValue(request, name)).Append('\n');

        AppendCanonicalizedHeaders(text, request);
        var uri = request.Uri.ToUri();
        text.Append(SharedKeyResource.Full(credential.AccountName, uri));
        request.Headers.SetValue("Authorization", $"SharedKey {credential.AccountName}:{credential.ComputeSignature(text.ToString())}");
    }

    private static string SlotValue(Request request, string name)
    {
        if (name == "Content-Length")
        {
            // Signed from the body actually sent; since 2015-02-21 a zero length is signed as empty.
            long length = 0;
            if (request.Content is not null && !request.Content.TryComputeLength(out length))
                length = 0;
            return length == 0 ? string.Empty : length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return request.Headers.TryGetValue(name, out var value) ? value : string.Empty;
    }

    private static void AppendCanonicalizedHeaders(StringBuilder text, Request request)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in request.Headers)
        {
            if (header.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
                headers.Add(new(header.Name.ToLowerInvariant(), CollapseWhitespace(header.Value)));
        }

        headers.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var (name, value) in headers)
            text.Append(name).Append(':').Append(value).Append('\n');
    }

    private static string CollapseWhitespace(string value)
    {
        var trimmed = value.Trim();
        if (!trimmed.Contains("  ", StringComparison.Ordinal))
            return trimmed;
        var text = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (c != ' ' || text.Length == 0 || text[^1] != ' ')
                text.Append(c);
        }

        return text.ToString();
    }
}
