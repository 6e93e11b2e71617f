using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MotCua.Stats.Tests;

/// <summary>
/// Reads every table transaction (<c>POST …/$batch</c>) a client sends, as the service will: how many operations
/// it holds and which partitions they touch. Added to a client's pipeline through its options.
/// </summary>
internal sealed partial class TransactionRecorder : HttpPipelineSynchronousPolicy
{
    private readonly List<(int Operations, IReadOnlySet<string> Partitions)> _transactions = [];

    public IReadOnlyList<(int Operations, IReadOnlySet<string> Partitions)> Transactions
    {
        get
        {
            lock (_transactions)
            {
                return [.. _transactions];
            }
        }
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        if (!message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal) || message.Request.Content is null)
        {
            return;
        }

        using var body = new MemoryStream();
        message.Request.Content.WriteTo(body, CancellationToken.None);
        var text = Encoding.UTF8.GetString(body.ToArray());
        var operations = OperationLine().Count(text);
        var partitions = PartitionKey().Matches(text).Concat(KeyInUrl().Matches(text)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        lock (_transactions)
        {
            _transactions.Add((operations, partitions));
        }
    }

    // Each operation of a changeset is an HTTP request line inside the multipart body.
    [GeneratedRegex(@"^(POST|PUT|MERGE|PATCH|DELETE) \S+ HTTP/1\.1\r?$", RegexOptions.Multiline)]
    private static partial Regex OperationLine();

    // Every operation the aggregation sends carries its entity, keys included, as JSON.
    [GeneratedRegex("\"PartitionKey\":\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex PartitionKey();

    // A delete carries no entity: its keys are in the request line, e.g. DELETE …/scans(PartitionKey='20260801-s3',RowKey='…').
    [GeneratedRegex("PartitionKey=(?:'|%27)([0-9A-Za-z-]*)")]
    private static partial Regex KeyInUrl();
}
