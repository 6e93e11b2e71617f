using System.Globalization;
using System.Text;
using Azure.Data.Tables;

namespace MotCua.Data.Stats;

/// <summary>
/// Row keys of <c>statsdaily</c> (partition = unit). Detail rows sort by day, so one ranged query
/// reads the days a window touched; totals and per-day sums sit after them in their own ranges.
/// <list type="bullet">
/// <item><c>d|yyyyMMdd|c|CODE</c>: a code's day; <c>d|yyyyMMdd|q|COUNTER</c>: a counter's day</item>
/// <item><c>t|c|CODE</c>, <c>t|q|COUNTER</c>: all-time totals</item>
/// <item><c>y|yyyyMMdd</c>: a day's sums over the unit</item>
/// <item><c>q|yyyyMMdd|COUNTER</c>: a counter's day again, in a range of its own, so the open data's rule for small
/// counts (every counter day) is one short read</item>
/// <item><c>p|yyyyMM</c>: a month of slip answers ("đánh giá có phiếu"), kept apart from every counter row</item>
/// </list>
/// </summary>
public static class StatsRowKeys
{
    public const string DetailStart = "d|";
    public const string DetailEnd = "d}";
    public const string TotalStart = "t|";
    public const string TotalEnd = "t}";
    public const string DayStart = "y|";
    public const string DayEnd = "y}";
    public const string CounterCellStart = "q|";
    public const string CounterCellEnd = "q}";
    public const string SlipMonthStart = "p|";
    public const string SlipMonthEnd = "p}";

    public static string CodeDay(DateOnly date, string code) => $"d|{Day(date)}|c|{Escape(code)}";

    public static string CounterDay(DateOnly date, string counter) => $"d|{Day(date)}|q|{Escape(counter)}";

    public static string CodeTotal(string code) => $"t|c|{Escape(code)}";

    public static string CounterTotal(string counter) => $"t|q|{Escape(counter)}";

    public static string DaySum(DateOnly date) => $"y|{Day(date)}";

    public static string CounterCell(DateOnly date, string counter) => $"q|{Day(date)}|{Escape(counter)}";

    public static string SlipMonth(DateOnly month) => $"p|{month.ToString("yyyyMM", CultureInfo.InvariantCulture)}";

    /// <summary>The first detail key of a day: <c>d|yyyyMMdd|</c>.</summary>
    public static string DetailFrom(DateOnly date) => $"d|{Day(date)}|";

    public static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Whether a detail (<c>d|yyyyMMdd|c|…</c>) or total (<c>t|c|…</c>) row key is a code's rather than a counter's.</summary>
    public static bool IsCodeKey(string rowKey)
    {
        ArgumentNullException.ThrowIfNull(rowKey);
        return rowKey.StartsWith("t|c|", StringComparison.Ordinal)
            || (rowKey.StartsWith(DetailStart, StringComparison.Ordinal) && string.CompareOrdinal(rowKey, 10, "|c|", 0, 3) == 0);
    }

    /// <summary>A unit's rows whose keys fall in [<paramref name="from"/>, <paramref name="to"/>) (values are literals: none can widen the query).</summary>
    public static string RangeFilter(string unit, string from, string to) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {unit} and RowKey ge {from} and RowKey lt {to}");

    /// <summary>Table keys may not hold '/', '\', '#', '?' or control characters: those (and '%') become %XX.</summary>
    public static string Escape(string key)
    {
        var escaped = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"%{(int)c:X2}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
