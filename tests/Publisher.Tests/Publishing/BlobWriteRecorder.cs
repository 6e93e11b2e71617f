using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MotCua.Publisher.Tests.Publishing;

/// <summary>Records every blob write (PUT) and delete the client sends, by blob name, to count what a publish touched.</summary>
public sealed class BlobWriteRecorder(string container) : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<(string Method, string Blob)> _requests = new();

    public IReadOnlyList<string> Writes => [.. _requests.Where(r => r.Method == "PUT" && r.Blob.Length > 0).Select(r => r.Blob).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Deletes => [.. _requests.Where(r => r.Method == "DELETE").Select(r => r.Blob).Order(StringComparer.Ordinal)];

    public void Clear() => _requests.Clear();

    public override void OnSendingRequest(HttpMessage message)
    {
        var path = Uri.UnescapeDataString(message.Request.Uri.Path);
        var marker = "/" + container;
        var at = path.IndexOf(marker, StringComparison.Ordinal);
        var blob = at < 0 ? "" : path[(at + marker.Length)..].TrimStart('/');
        _requests.Enqueue((message.Request.Method.Method, blob));
    }
}
