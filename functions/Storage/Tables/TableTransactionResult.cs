using System.Globalization;
using System.Text.RegularExpressions;
using Azure;
using MotCua.Storage.Pipeline;

namespace MotCua.Storage.Tables;

/// <summary>
/// Reads a batch response. The outer status is 202 even when the changeset failed, so the inner
/// status lines decide; a failure names the failing operation ("3:…" in the message, or Content-ID).
/// </summary>
internal static partial class TableTransactionResult
{
    public static IReadOnlyList<int> ReadStatuses(Response response, IReadOnlyList<TableTransactionAction> actions)
    {
        var parts = Parts(response.Content.ToString());
        var failed = parts.FirstOrDefault(p => p.Status >= 400);
        if (failed is null)
            return parts.Select(p => p.Status).ToList();

        var (code, detail) = StorageErrors.ParseBody(BinaryData.FromString(failed.Body));
        var index = IndexOf(detail) ?? failed.ContentId;
        if (index is < 0 || index >= actions.Count)
            index = null;
        if (detail is not null && IndexPrefix().Match(detail) is { Success: true } m)
            detail = detail[m.Length..];
        var operation = index is { } i ? $"operation {i} ({actions[i].ActionType} RowKey '{actions[i].Entity.RowKey}')" : "an operation";
        var message = $"Storage refused the table transaction ({failed.Status}{(code is null ? string.Empty : " " + code)}) at {operation}: {detail ?? "no detail"}. Nothing in the transaction was applied.";
        throw new TableTransactionFailedException(failed.Status, message, code, index);
    }

    private static int? IndexOf(string? detail) =>
        detail is not null && IndexPrefix().Match(detail) is { Success: true } m
            ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    private static List<Part> Parts(string body)
    {
        var parts = new List<Part>();
        using var reader = new StringReader(body);
        Part? current = null;
        var inHeaders = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("HTTP/1.1 ", StringComparison.Ordinal))
            {
                current = new Part(int.Parse(line.AsSpan(9, 3), CultureInfo.InvariantCulture));
                parts.Add(current);
                inHeaders = true;
            }
            else if (current is null || line.StartsWith("--", StringComparison.Ordinal))
            {
                current = null;
            }
            else if (inHeaders)
            {
                if (line.Length == 0)
                    inHeaders = false;
                else if (line.StartsWith("Content-ID:", StringComparison.OrdinalIgnoreCase) && int.TryParse(line.AsSpan(11).Trim(), CultureInfo.InvariantCulture, out var id))
                    current.ContentId = id;
            }
            else
            {
                current.Body += line;
            }
        }

        return parts;
    }

    [GeneratedRegex(@"^(\d+):")]
    private static partial Regex IndexPrefix();

    private sealed class Part(int status)
    {
        public int Status { get; } = status;

        public int? ContentId { get; set; }

        public string Body { get; set; } = string.Empty;
    }
}
