namespace MotCua.Data;

/// <summary>The tables of the storage account: names shared by the scan and survey endpoints, the statistics and the benchmarks.</summary>
public static class TableNames
{
    /// <summary>One <see cref="Scans.ScanEntity"/> per scan or portal click.</summary>
    public const string Scans = "scans";

    /// <summary>One <see cref="Surveys.SurveyEntity"/> per answer.</summary>
    public const string Surveys = "surveys";

    /// <summary>One <see cref="Scans.ScanFailureEntity"/> per day and handler instance.</summary>
    public const string ScanFailures = "scanfailures";

    /// <summary>The daily rollups (<see cref="Stats.DailyColumns"/>, keys from <see cref="Stats.StatsRowKeys"/>).</summary>
    public const string StatsDaily = "statsdaily";

    /// <summary>The statistics' watermark (<see cref="Stats.WatermarkEntity"/>) and unit index (<see cref="Stats.UnitEntity"/>).</summary>
    public const string StatsState = "statsstate";

    /// <summary>One <see cref="Privacy.VisitorKeyEntity"/> per Vietnam-local day whose statistics are not final yet.</summary>
    public const string VisitorKeys = "visitorkeys";

    /// <summary>Printed rating slips (<see cref="Slips.SlipEntity"/>) and their print runs (<see cref="Slips.SlipBatchEntity"/>).</summary>
    public const string Slips = "slips";

    /// <summary>Each slip's use (<see cref="Slips.SlipUseEntity"/>) and answer (<see cref="Slips.SlipAnswerEntity"/>), per office.</summary>
    public const string SlipAnswers = "slipanswers";

    public static readonly IReadOnlyList<string> All = [Scans, Surveys, ScanFailures, StatsDaily, StatsState, VisitorKeys, Slips, SlipAnswers];
}
