using Azure;

namespace MotCua.Stats.Aggregation;

/// <summary>
/// How far the rollups go. Events up to <see cref="Through"/> (UTC ticks) are counted; a run that is
/// counting the window up to <see cref="Pending"/> holds it since <see cref="ClaimedAt"/>.
/// </summary>
internal sealed record Watermark(long Through, long Pending, string Run, long ClaimedAt, ETag ETag, bool Exists)
{
    public static readonly Watermark None = new(0, 0, "", 0, default, false);

    public bool IsClaimed => Pending > 0;
}
