using Azure;
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
    public async Task<SlipEntity?> FindAsync(string id, CancellationToken ct)
    {
        try
        {
            var found = await _slips.GetEntityIfExistsAsync<SlipEntity>(SlipKeys.SlipPartition(id), id, cancellationToken: ct);
            return found.HasValue ? found.Value : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No slip was ever printed here: the table itself is missing.
            return null;
        }
    }

    /// <summary>Whether the slip was answered already.</summary>
    public async Task<bool> IsUsedAsync(string unit, string id, CancellationToken ct)
    {
        try
        {
            return (await _answers.GetEntityIfExistsAsync<SlipUseEntity>(unit, SlipKeys.UseRow(id), [nameof(SlipUseEntity.RowKey)], ct)).HasValue;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    /// <summary>Stores the slip's use and its answer together; false when the slip was used already (nothing is stored).</summary>
    public async Task<bool> UseAsync(SlipRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, SlipUseEntity.From(record)),
            new(TableTransactionActionType.Add, SlipAnswerEntity.From(record)),
        ];
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _answers.SubmitTransactionAsync(actions, ct);
                return true;
            }
            catch (TableTransactionFailedException e) when (e.Status == 409)
            {
                return false;
            }
            catch (RequestFailedException e) when (e.Status == 404 && attempt == 1)
            {
                // The first answer anywhere: the table is made by the write that finds it missing.
                await _answers.CreateIfNotExistsAsync(ct);
            }
        }
    }
}
