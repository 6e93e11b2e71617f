using Azure;
using Azure.Data.Tables;
using MotCua.Data.Stats;

namespace MotCua.Stats.Aggregation;

/// <summary>
/// The watermark row in <c>statsstate</c> (<see cref="WatermarkEntity"/>). Every change is conditional on the ETag read before it
/// (If-Match, or an insert that fails if the row exists), so of two runs that read the same state
/// only one can move it.
/// </summary>
internal sealed class WatermarkStore(TableClient state)
{
    public async Task<Watermark> LoadAsync(CancellationToken cancellationToken)
    {
        var row = await state.GetEntityIfExistsAsync<WatermarkEntity>(WatermarkEntity.Partition, WatermarkEntity.Row, null, cancellationToken);
        if (!row.HasValue || row.Value is null)
        {
            return Watermark.None;
        }

        var e = row.Value;
        return new Watermark(e.Through, e.Pending, e.Run ?? "", e.ClaimedAt, e.ETag, true);
    }

    /// <summary>Claims the window up to <paramref name="pending"/>; null when another run changed the row first.</summary>
    public Task<Watermark?> TryClaimAsync(Watermark current, long pending, string run, long now, CancellationToken cancellationToken) =>
        TryWriteAsync(current, current with { Pending = pending, Run = run, ClaimedAt = now }, cancellationToken);

    /// <summary>Moves the watermark to the claimed window's end; false when another run took the claim over.</summary>
    public async Task<bool> TryCommitAsync(Watermark claimed, CancellationToken cancellationToken) =>
        await TryWriteAsync(claimed, claimed with { Through = claimed.Pending, Pending = 0, ClaimedAt = 0 }, cancellationToken) is not null;

    private async Task<Watermark?> TryWriteAsync(Watermark current, Watermark next, CancellationToken cancellationToken)
    {
        var entity = new WatermarkEntity
        {
            Through = next.Through,
            Pending = next.Pending,
            Run = next.Run,
            ClaimedAt = next.ClaimedAt,
            ThroughUtc = new DateTimeOffset(Math.Max(next.Through, DateTimeOffset.MinValue.UtcTicks), TimeSpan.Zero),
        };
        try
        {
            var response = current.Exists
                ? await state.UpdateEntityAsync(entity, current.ETag, TableUpdateMode.Replace, cancellationToken)
                : await state.AddEntityAsync(entity, cancellationToken);
            var etag = response.Headers.ETag ?? (await LoadAsync(cancellationToken)).ETag;
            return next with { ETag = etag, Exists = true };
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }
}
