using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Aggregation;

/// <summary>What one aggregation did.</summary>
public enum AggregationOutcome
{
    /// <summary>The window was counted and the watermark moved.</summary>
    Counted,

    /// <summary>Nothing older than the safety lag was left to count.</summary>
    UpToDate,

    /// <summary>Another run holds a live claim on the next window; this run did nothing.</summary>
    Busy,

    /// <summary>Another run moved the watermark between this run's read and its claim; this run did nothing.</summary>
    LostRace,

    /// <summary>This run was so slow that another took its window over; the rows are counted once, by either.</summary>
    TakenOver,
}

/// <summary>
/// The result of one aggregation: the window (UTC ticks) and what reading it cost. <see cref="Steps"/> windows were
/// counted one after the other; <see cref="CaughtUp"/> is false when the run stopped with older events still to count.
/// </summary>
public sealed record AggregationReport(AggregationOutcome Outcome, long After, long Through, long ScansRead, long AnswersRead, long RollupRowsRead, int RowsWritten)
{
    public int Steps { get; init; } = 1;

    public bool CaughtUp { get; init; } = true;

    /// <summary>The steps of one run as one report: the first window's start to the last one's end, costs summed.</summary>
    public static AggregationReport Combine(IReadOnlyList<AggregationReport> steps)
    {
        var counted = steps.Where(s => s.Outcome == AggregationOutcome.Counted).ToList();
        if (counted.Count == 0)
        {
            return steps[^1];
        }

        return new AggregationReport(AggregationOutcome.Counted, counted[0].After, counted[^1].Through,
            counted.Sum(s => s.ScansRead), counted.Sum(s => s.AnswersRead), counted.Sum(s => s.RollupRowsRead), counted.Sum(s => s.RowsWritten))
        {
            Steps = counted.Count,
            CaughtUp = steps[^1].CaughtUp,
        };
    }
}

/// <summary>
/// Counts the scans, counter answers and slip answers written since the watermark into the daily rollups, exactly once,
/// however many runs overlap: a run first claims the window (watermark row, If-Match), then reads
/// its events, adds them to the rollups (see <see cref="RollupStore"/>) and finally moves the
/// watermark (If-Match on its claim). A claim older than the lease belongs to a dead run: the next
/// run redoes that same window, and the rows the dead run already wrote are recognised and skipped.
/// A window is at most <see cref="StatsOptions.MaxWindow"/> long: a backlog is counted in steps
/// (<see cref="CatchUpAsync"/>), each committed on its own.
/// </summary>
public sealed class StatsAggregator
{
    private readonly WatermarkStore _watermarks;
    private readonly EventReader _events;
    private readonly SlipAnswerReader _slipAnswers;
    private readonly TableClient _daily;
    private readonly CountedUnits _units;
    private readonly StatsOptions _options;

    public StatsAggregator(TableServiceClient tables, StatsOptions options)
    {
        _options = options;
        _watermarks = new WatermarkStore(tables.GetTableClient(TableNames.StatsState));
        _events = new EventReader(tables.GetTableClient(TableNames.Scans), tables.GetTableClient(TableNames.Surveys));
        _slipAnswers = new SlipAnswerReader(tables.GetTableClient(TableNames.Slips), tables.GetTableClient(TableNames.SlipAnswers));
        _daily = tables.GetTableClient(TableNames.StatsDaily);
        _units = new CountedUnits(tables.GetTableClient(TableNames.StatsState));
    }

    /// <summary>
    /// Counts step after step until nothing older than the safety lag is left, another run holds the next window, or
    /// <see cref="StatsOptions.RunBudget"/> has passed since the first step began.
    /// </summary>
    public async Task<AggregationReport> CatchUpAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var started = time.GetUtcNow();
        var steps = new List<AggregationReport>();
        AggregationReport step;
        do
        {
            step = await RunAsync(time.GetUtcNow(), cancellationToken);
            steps.Add(step);
        }
        while (step.Outcome == AggregationOutcome.Counted && !step.CaughtUp && time.GetUtcNow() - started < _options.RunBudget);

        return AggregationReport.Combine(steps);
    }

    /// <summary>Counts one window: from the watermark to now minus the safety lag, at most <see cref="StatsOptions.MaxWindow"/>.</summary>
    public async Task<AggregationReport> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await _watermarks.LoadAsync(cancellationToken);
        var target = (now - _options.SafetyLag).UtcTicks;
        long through;
        if (state.IsClaimed)
        {
            if (state.ClaimedAt + _options.ClaimLease.Ticks > now.UtcTicks)
            {
                return Report(AggregationOutcome.Busy, state.Through, state.Pending);
            }

            // The claimant died: finish its window with the same end, which its written rows carry.
            through = state.Pending;
        }
        else
        {
            if (target <= state.Through)
            {
                return Report(AggregationOutcome.UpToDate, state.Through, state.Through);
            }

            var start = state.Through > 0 ? state.Through : await _events.FirstEventTicksAsync(cancellationToken) ?? target;
            through = Math.Min(target, Math.Max(start, state.Through) + _options.MaxWindow.Ticks);
        }

        var claim = await _watermarks.TryClaimAsync(state, through, Guid.NewGuid().ToString("N"), now.UtcTicks, cancellationToken);
        if (claim is null)
        {
            return Report(AggregationOutcome.LostRace, state.Through, through);
        }

        var events = await _events.ReadAsync(state.Through, through, cancellationToken);
        var slipAnswersRead = await _slipAnswers.ReadAsync(state.Through, through, events.Delta, cancellationToken);
        var rows = RollupRows.FromDelta(events.Delta);
        var store = new RollupStore(_daily);
        await store.ApplyAsync(rows, through, cancellationToken);
        await _units.AddAsync(events.Delta.Units, cancellationToken);
        var committed = await _watermarks.TryCommitAsync(claim, cancellationToken);
        return new AggregationReport(
            committed ? AggregationOutcome.Counted : AggregationOutcome.TakenOver,
            state.Through, through, events.ScansRead, events.AnswersRead + slipAnswersRead, store.RowsRead, rows.Count)
        {
            CaughtUp = through >= target,
        };
    }

    private static AggregationReport Report(AggregationOutcome outcome, long after, long through) =>
        new(outcome, after, through, 0, 0, 0, 0);
}
