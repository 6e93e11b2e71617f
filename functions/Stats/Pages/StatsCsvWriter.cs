using System.Globalization;
using System.Text;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Pages;

/// <summary>
/// Writes <c>stats.csv</c>: one line per daily rollup (a code's day or a counter's day), RFC 4180
/// (comma, CRLF, fields quoted when they hold a comma or quote), UTF-8 with a byte-order mark so
/// that spreadsheet programs read the Vietnamese letters right. Line breaks inside a field become
/// spaces, so every record is one line and a published file can be extended line by line.
/// </summary>
public static class StatsCsvWriter
{
    /// <summary>The header line; docs/statistics.md documents each column.</summary>
    public static readonly string[] Columns =
    [
        "date", "unit", "row", "code", "kind", "target", "placement",
        "scans", "bot_scans", "portal_clicks", "bot_portal_clicks",
        "answers", "misuse", "option_0", "option_1", "option_2",
    ];

    private const string LineEnd = "\r\n";

    public static byte[] Write(IEnumerable<CodeDay> codeDays, IEnumerable<CounterDay> counterDays) =>
        Splice(null, DateOnly.MinValue, codeDays, counterDays);

    /// <summary>
    /// The lines of <paramref name="previous"/> (a file this writer made) for days before
    /// <paramref name="from"/>, followed by the given rollups, which must all be of <paramref name="from"/> or later.
    /// Days already closed need not be read again to publish the whole file.
    /// </summary>
    /// <param name="reprintDays">For a unit that offices were merged into: their old codes' days since the merger, as <c>reprint</c> lines (the old unit in <c>unit</c>).</param>
    public static byte[] Splice(byte[]? previous, DateOnly from, IEnumerable<CodeDay> codeDays, IEnumerable<CounterDay> counterDays, IEnumerable<CodeDay>? reprintDays = null)
    {
        var csv = new StringBuilder();
        AppendLine(csv, Columns);
        if (previous is not null)
        {
            var cut = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var line in Encoding.UTF8.GetString(previous).TrimStart('\uFEFF').Split(LineEnd).Skip(1))
            {
                if (line.Length > 10 && line[10] == ',' && string.CompareOrdinal(line, 0, cut, 0, 10) < 0)
                {
                    csv.Append(line).Append(LineEnd);
                }
            }
        }

        var lines = codeDays.Select(d => (d.Date, Row: 0, Key: d.Code, Fields: CodeFields(d)))
            .Concat(counterDays.Select(d => (d.Date, Row: 1, Key: d.Counter, Fields: CounterFields(d))))
            .Concat((reprintDays ?? []).Select(d => (d.Date, Row: 2, Key: d.Code, Fields: CodeFields(d, ReprintRow))))
            .OrderBy(l => l.Date).ThenBy(l => l.Row).ThenBy(l => l.Key, StringComparer.Ordinal);
        foreach (var line in lines)
        {
            AppendLine(csv, line.Fields);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>Quotes a field only when RFC 4180 requires it, doubling inner quotes.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The <c>row</c> value of an old code of a merged office, on its successor's file.</summary>
    public const string ReprintRow = "reprint";

    private static string[] CodeFields(CodeDay day, string row = "code") =>
    [
        Date(day.Date), day.Unit, row, day.Code, day.Kind, day.Target, day.Placement,
        N(day.Scans), N(day.BotScans), N(day.PortalClicks), N(day.BotPortalClicks),
        "", "", "", "", "",
    ];

    private static string[] CounterFields(CounterDay day) =>
    [
        Date(day.Date), day.Unit, "counter", day.Counter, "counter", "", "",
        "", "", "", "",
        N(day.Answers), N(day.Misuse), Option(day, 0), Option(day, 1), Option(day, 2),
    ];

    private static void AppendLine(StringBuilder csv, string[] fields)
    {
        csv.AppendJoin(',', fields.Select(f => Quote(f.ReplaceLineEndings(" "))));
        csv.Append(LineEnd);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Option(CounterDay day, int option) => N(option < day.Options.Count ? day.Options[option] : 0);
}
