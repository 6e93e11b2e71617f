using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Data.Slips;

namespace MotCua.Handler.Slips;

/// <summary>
/// The slip tables as the endpoint sees them: a slip is read by its id (one point read in <c>slips</c>), and used by
/// one transaction in its office's partition of <c>slipanswers</c>: the use row, inserted only if absent, and the
/// answer. Of any number of concurrent posts of one slip, exactly one transaction commits; the others find the use row
/// and store nothing. A failure leaves nothing behind, so the citizen can send again.
/// </summary>
public sealed class SlipStore(TableServiceClient tables)
{
    private readonly TableClient _slips = tables.GetTableClient(TableNames.Slips);
    private readonly TableClient _answers = tables.GetTableClient(TableNames.SlipAnswers);

    /// <summary>The printed slip with this id (upper case), or null when none was printed.</summary>
    public Task<SlipEntity?> FindAsync(string id, CancellationToken ct) =>
        _slips.FindAsync<SlipEntity>(SlipKeys.SlipPartition(id), id, null, ct);

    /// <summary>Whether the slip was answered already.</summary>
    public async Task<bool> IsUsedAsync(string unit, string id, CancellationToken ct) =>
        await _answers.FindAsync<SlipUseEntity>(unit, SlipKeys.UseRow(id), [nameof(SlipUseEntity.RowKey)], ct) is not null;

    /// <summary>Stores the slip's use and its answer together; false when the slip was used already (nothing is stored).</summary>
    public async Task<bool> UseAsync(SlipRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, SlipUseEntity.From(record)),
            new(TableTransactionActionType.Add, SlipAnswerEntity.From(record)),
        ];
        try
        {
            await _answers.WithTableAsync(() => _answers.SubmitTransactionAsync(actions, ct), ct);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }
}
