using System.Globalization;
using System.Text;

namespace MotCua.Domain.Stats;

/// <summary>
/// Writes <c>stats.csv</c>: one line per daily rollup (a code's day or a counter's day), RFC 4180
/// (comma, CRLF, fields quoted when they hold a comma, quote or line break), UTF-8 with a byte-order
/// mark so that spreadsheet programs read the Vietnamese letters right.
/// </summary>
public static class StatsCsvWriter
{
    /// <summary>The header line; the README documents each column.</summary>
    public static readonly string[] Columns =
    [
        "date", "unit", "row", "code", "kind", "target", "placement",
        "scans", "bot_scans", "portal_clicks", "bot_portal_clicks",
        "answers", "misuse", "option_0", "option_1", "option_2",
    ];

    public static byte[] Write(UnitStats stats)
    {
        var csv = new StringBuilder();
        AppendLine(csv, Columns);
        foreach (var day in stats.CodeDays)
        {
            AppendLine(csv, [
                Date(day.Date), day.Unit, "code", day.Code, day.Kind, day.Target, day.Placement,
                N(day.Scans), N(day.BotScans), N(day.PortalClicks), N(day.BotPortalClicks),
                "", "", "", "", "",
            ]);
        }

        foreach (var day in stats.CounterDays)
        {
            AppendLine(csv, [
                Date(day.Date), day.Unit, "counter", day.Counter, "counter", "", "",
                "", "", "", "",
                N(day.Answers), N(day.Misuse), Option(day, 0), Option(day, 1), Option(day, 2),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>Quotes a field only when RFC 4180 requires it, doubling inner quotes.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void AppendLine(StringBuilder csv, string[] fields)
    {
        csv.AppendJoin(',', fields.Select(Quote));
        csv.Append("\r\n");
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Option(CounterDay day, int option) => N(option < day.Options.Count ? day.Options[option] : 0);
}
