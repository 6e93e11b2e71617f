using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Data.Slips;
using MotCua.Domain.Slips;

namespace MotCua.Publisher.Slips;

/// <summary>
/// Records a printed batch in <c>slips</c>: every slip's row, in transactions of up to 100 rows of one partition, then
/// the batch's row last, so the number handed out is counted only once every slip of it can be answered. A slip row
/// without its batch (a run stopped half-way) was never printed: its id is on no paper and nobody can answer it.
/// </summary>
public sealed class SlipRecorder(TableServiceClient tables)
{
    private const int TransactionRows = 100;

    private readonly TableClient _table = tables.GetTableClient(TableNames.Slips);

    public async Task RecordAsync(SlipBatch batch, SlipLabelLayout layout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var groups = batch.Ids.Select(id => SlipEntity.From(batch, id)).GroupBy(e => e.PartitionKey, StringComparer.Ordinal)
            .SelectMany(g => g.Chunk(TransactionRows)).ToList();
        await ForEachAsync(groups, rows => _table.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), cancellationToken), cancellationToken);
        await _table.WithTableAsync(() => _table.AddEntityAsync(SlipBatchEntity.From(batch, layout), cancellationToken), cancellationToken);
    }

    private async Task ForEachAsync(List<SlipEntity[]> groups, Func<SlipEntity[], Task> submit, CancellationToken cancellationToken)
    {
        if (groups.Count == 0)
        {
            return;
        }

        // The first write creates the table when it is missing (a new account or emulator); the rest go four at a time.
        await _table.WithTableAsync(() => submit(groups[0]), cancellationToken);
        await Parallel.ForEachAsync(groups.Skip(1), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (rows, _) => await submit(rows));
    }
}
