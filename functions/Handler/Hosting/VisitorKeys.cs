using Azure;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Data.Privacy;
using MotCua.Domain.Privacy;
using MotCua.Domain.Text;

namespace MotCua.Handler.Hosting;

/// <summary>
/// The random key of each Vietnam-local day (<see cref="VisitorKeyEntity"/>), one for every instance of the app:
/// the first instance that needs a day's key inserts a new one, insert-if-absent, and one that loses that race (409)
/// reads the winner's. Each instance keeps the current day's key in memory, and nothing older: the statistics job
/// deletes a day's row once the day is counted, and then no copy is left anywhere.
/// </summary>
public sealed class VisitorKeys(TableServiceClient tables) : IDisposable
{
    private readonly TableClient _table = tables.GetTableClient(TableNames.VisitorKeys);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Day, byte[] Key)? _current;

    /// <summary>The key of the Vietnam-local day of <paramref name="now"/>.</summary>
    public async Task<byte[]> ForDayAsync(DateTimeOffset now, CancellationToken ct)
    {
        var day = VietnamTime.DateKey(now);
        if (_current is { } cached && cached.Day == day)
        {
            return cached.Key;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } again && again.Day == day)
            {
                return again.Key;
            }

            var key = await ReadOrCreateAsync(day, ct);
            _current = (day, key);
            return key;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<byte[]> ReadOrCreateAsync(string day, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var existing = await ReadAsync(day, ct);
            if (existing is not null)
            {
                return existing;
            }

            var entity = new VisitorKeyEntity { RowKey = day, Key = VisitorHasher.NewDayKey() };
            try
            {
                await _table.WithTableAsync(() => _table.AddEntityAsync(entity, ct), ct);
                return entity.Key;
            }
            catch (RequestFailedException e) when (e.Status == 409 && attempt == 0)
            {
                // Another instance inserted the day's key first: read that one on the next turn.
            }
        }
    }

    private async Task<byte[]?> ReadAsync(string day, CancellationToken ct) =>
        await _table.FindAsync<VisitorKeyEntity>(VisitorKeyEntity.Partition, day, null, ct) is { Key: { Length: >= VisitorHasher.KeyBytes } key } ? key : null;
}
