using MotCua.Data;
using Azure;
using Azure.Data.Tables;

namespace MotCua.Handler.Scan;

/// <summary>What one transaction attempt of a <see cref="ScanBatch"/> came to.</summary>
internal abstract record ScanBatchOutcome
{
    /// <summary>Every row of the batch is stored.</summary>
    public sealed record Stored : ScanBatchOutcome;

    /// <summary>A row of the batch already exists: nothing of this attempt was written (transactions are all or none).</summary>
    public sealed record AlreadyThere : ScanBatchOutcome;

    /// <summary>Storage refused one row for what it holds (bad data): retrying it would fail forever.</summary>
    public sealed record BadRow(int Index, Exception Error) : ScanBatchOutcome;

    /// <summary>Storage did not take the batch (down, throttled, timed out): try again later.</summary>
    public sealed record Failed(Exception Error) : ScanBatchOutcome;
}

/// <summary>Sends one batch and sorts the answer into an outcome the writer acts on; never throws for storage.</summary>
internal static class ScanBatchAttempt
{
    public static async Task<ScanBatchOutcome> RunAsync(ScanTables tables, ScanBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await tables.SubmitBatchAsync(batch.Scans, batch.Replace, cancellationToken);
            return new ScanBatchOutcome.Stored();
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return new ScanBatchOutcome.AlreadyThere();
        }
        catch (TableTransactionFailedException ex) when (IsBadRequest(ex.Status) && ex.FailedTransactionActionIndex is int index && index < batch.Scans.Count)
        {
            return new ScanBatchOutcome.BadRow(index, ex);
        }
        catch (Exception ex) when (StorageFailure.Is(ex, cancellationToken))
        {
            return new ScanBatchOutcome.Failed(ex);
        }
    }

    // 400 and 413 name a row storage will never take; 408 and 429 are worth waiting for like the rest.
    private static bool IsBadRequest(int status) => status is 400 or 413;

}
