using System.Text;
using Azure;
using MotCua.Storage.Blobs;

namespace MotCua.Storage.Tables;

/// <summary>
/// Writes an entity group transaction as a <c>multipart/mixed</c> batch with one changeset, after
/// checking the service's rules client-side so a refused transaction sends nothing.
/// </summary>
internal static class TableTransactionSerializer
{
    /// <summary>The service's limit of operations per transaction.</summary>
    public const int MaxOperations = 100;

    /// <summary>The service's limit of a batch request's payload.</summary>
    public const int MaxPayloadBytes = 4 * 1024 * 1024;

    private const string Crlf = "\r\n";

    public static IReadOnlyList<TableTransactionAction> Validate(IEnumerable<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var list = actions.ToList();
        if (list.Count == 0)
            throw new ArgumentException("A table transaction needs at least one operation.", nameof(actions));
        if (list.Count > MaxOperations)
            throw new ArgumentException($"A table transaction holds at most {MaxOperations} operations; this one has {list.Count}. Split it.", nameof(actions));

        var partition = list[0].Entity.PartitionKey;
        var rows = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var entity = list[i].Entity;
            if (!string.Equals(entity.PartitionKey, partition, StringComparison.Ordinal))
                throw new ArgumentException($"A table transaction covers one partition: operation {i} has PartitionKey '{entity.PartitionKey}', operation 0 has '{partition}'.", nameof(actions));
            if (!rows.Add(entity.RowKey))
                throw new ArgumentException($"A table transaction touches each entity once: RowKey '{entity.RowKey}' appears again at operation {i}.", nameof(actions));
        }

        return list;
    }

    /// <summary>Serializes validated actions into one changeset.</summary>
    /// <returns>The Content-Type (with boundary) and body of the batch request.</returns>
    public static (string ContentType, BinaryData Body) Write(Uri serviceUri, string table, IReadOnlyList<TableTransactionAction> actions)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("N");
        var changeset = "changeset_" + Guid.NewGuid().ToString("N");
        var text = new StringBuilder();
        text.Append("--").Append(batch).Append(Crlf)
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append(Crlf).Append(Crlf);
        for (var i = 0; i < actions.Count; i++)
            WriteOperation(text, changeset, serviceUri, table, actions[i], i);
        text.Append("--").Append(changeset).Append("--").Append(Crlf)
            .Append("--").Append(batch).Append("--").Append(Crlf);

        var body = Encoding.UTF8.GetBytes(text.ToString());
        if (body.Length > MaxPayloadBytes)
            throw new ArgumentException($"A table transaction's payload is at most 4 MiB; this one is {body.Length:N0} bytes. Split it.", nameof(actions));
        return ("multipart/mixed; boundary=" + batch, new BinaryData(body));
    }

    private static void WriteOperation(StringBuilder text, string changeset, Uri serviceUri, string table, TableTransactionAction action, int index)
    {
        var entity = action.Entity;
        var (method, keyed, ifMatch) = action.ActionType switch
        {
            TableTransactionActionType.Add => ("POST", false, (string?)null),
            TableTransactionActionType.UpdateMerge => ("MERGE", true, IfMatch(action.ETag)),
            TableTransactionActionType.UpdateReplace => ("PUT", true, IfMatch(action.ETag)),
            TableTransactionActionType.Delete => ("DELETE", true, IfMatch(action.ETag)),
            TableTransactionActionType.UpsertMerge => ("MERGE", true, null),
            TableTransactionActionType.UpsertReplace => ("PUT", true, null),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Unknown transaction action."),
        };
        var url = serviceUri.AbsoluteUri + "/" + table + (keyed ? TableKeys.EntityPath(entity.PartitionKey, entity.RowKey) : string.Empty);

        text.Append("--").Append(changeset).Append(Crlf)
            .Append("Content-Type: application/http").Append(Crlf)
            .Append("Content-Transfer-Encoding: binary").Append(Crlf).Append(Crlf)
            .Append(method).Append(' ').Append(url).Append(" HTTP/1.1").Append(Crlf)
            .Append("Content-ID: ").Append(index).Append(Crlf)
            .Append("Accept: ").Append(TableNames.Accept).Append(Crlf)
            .Append("DataServiceVersion: 3.0;").Append(Crlf);
        if (ifMatch is not null)
            text.Append("If-Match: ").Append(ifMatch).Append(Crlf);
        if (method == "DELETE")
        {
            text.Append(Crlf);
            return;
        }

        text.Append("Content-Type: ").Append(TableNames.Json).Append(Crlf)
            .Append("Prefer: return-no-content").Append(Crlf).Append(Crlf)
            .Append(TableEntityJson.Write(entity).ToString()).Append(Crlf);
    }

    private static string IfMatch(ETag etag) => etag == default ? "*" : BlobHeaders.ToHeader(etag);
}
