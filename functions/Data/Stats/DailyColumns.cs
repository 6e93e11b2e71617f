using System.Globalization;

namespace MotCua.Data.Stats;

/// <summary>
/// Columns of <c>statsdaily</c> (partition = unit, row keys from <see cref="StatsRowKeys"/>). Its rows stay
/// dynamic <see cref="Azure.Data.Tables.TableEntity"/>s rather than a typed record: a counter row has one
/// <c>Option{i}</c> column per survey choice, so its columns follow the survey, not the code. Counts are Int64,
/// labels strings.
/// </summary>
public static class DailyColumns
{
    /// <summary>Label: <c>yyyy-MM-dd</c> of a day row.</summary>
    public const string Date = "Date";

    public const string Code = "Code";
    public const string Kind = "Kind";
    public const string Target = "Target";
    public const string Placement = "Placement";
    public const string Counter = "Counter";

    public const string Scans = "Scans";
    public const string BotScans = "BotScans";
    public const string PortalClicks = "PortalClicks";
    public const string BotPortalClicks = "BotPortalClicks";
    public const string Answers = "Answers";
    public const string Misuse = "Misuse";

    /// <summary>Label: <c>yyyy-MM</c> of a slip month row.</summary>
    public const string Month = "Month";

    /// <summary>Low slip ratings giving reason <c>k</c> are counted in <c>Reason_k</c> (the key's hyphens as underscores).</summary>
    public const string ReasonPrefix = "Reason_";

    /// <summary>Answers with choice <c>i</c> are counted in <c>Option{i}</c>.</summary>
    public const string OptionPrefix = "Option";

    /// <summary>The end (UTC ticks) of the last window added to the row: a window is added once.</summary>
    public const string AppliedThrough = "AppliedThrough";

    public static string Option(int index) => OptionPrefix + index.ToString(CultureInfo.InvariantCulture);

    public static string Reason(string key) => ReasonPrefix + key.Replace('-', '_');
}
