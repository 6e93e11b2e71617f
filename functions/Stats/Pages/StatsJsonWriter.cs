using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using MotCua.Domain.Text;

namespace MotCua.Stats.Pages;

/// <summary>
/// Writes <c>stats.json</c>, the open-data view of a unit's statistics. The keys are a published
/// contract: <c>unit</c>, <c>generated_at</c>, <c>totals</c>, <c>codes</c>, <c>counters</c>, <c>days</c>,
/// <c>slip_months</c> and <c>open_months</c> (the two surveys per month, apart), and for a
/// unit that offices were merged into, <c>reprint</c>: the old codes still scanned since the merger.
/// Counts are raw (no small-n suppression): answers are anonymous and re-users need exact sums.
/// </summary>
public static class StatsJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Vietnamese letters stay readable; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Write(UnitStats stats)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("unit", stats.Unit);
            json.WriteString("generated_at", VietnamTime.Format(stats.GeneratedAt));
            WriteTotals(json, stats.Totals);
            WriteCodes(json, stats.Codes);
            WriteCounters(json, stats.Counters);
            WriteDays(json, stats.Days);
            SurveyMonthsJson.Write(json, stats);
            if (stats.MergedUnits.Count > 0)
            {
                WriteReprints(json, stats.Reprints);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteTotals(Utf8JsonWriter json, StatsTotals totals)
    {
        json.WriteStartObject("totals");
        json.WriteNumber("scans", totals.Scans);
        json.WriteNumber("bot_scans", totals.BotScans);
        json.WriteNumber("portal_clicks", totals.PortalClicks);
        json.WriteNumber("bot_portal_clicks", totals.BotPortalClicks);
        json.WriteNumber("survey_answers", totals.SurveyAnswers);
        json.WriteNumber("survey_misuse", totals.SurveyMisuse);
        json.WriteNumber("scan_write_failures", totals.ScanWriteFailures);
        json.WriteEndObject();
    }

    private static void WriteCodes(Utf8JsonWriter json, IReadOnlyList<CodeStats> codes)
    {
        json.WriteStartArray("codes");
        foreach (var code in codes)
        {
            json.WriteStartObject();
            json.WriteString("code", code.Code);
            json.WriteString("kind", code.Kind);
            json.WriteString("target", code.Target);
            json.WriteString("placement", code.Placement);
            json.WriteNumber("scans", code.Scans);
            json.WriteNumber("bot_scans", code.BotScans);
            json.WriteNumber("portal_clicks", code.PortalClicks);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCounters(Utf8JsonWriter json, IReadOnlyList<CounterStats> counters)
    {
        json.WriteStartArray("counters");
        foreach (var counter in counters)
        {
            json.WriteStartObject();
            json.WriteString("code", counter.Code);
            json.WriteNumber("answers", counter.Answers);
            json.WriteNumber("misuse", counter.Misuse);
            json.WriteStartArray("options");
            foreach (var count in counter.Options)
            {
                json.WriteNumberValue(count);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteReprints(Utf8JsonWriter json, IReadOnlyList<ReprintStats> reprints)
    {
        json.WriteStartArray("reprint");
        foreach (var reprint in reprints)
        {
            json.WriteStartObject();
            json.WriteString("code", reprint.Code);
            json.WriteString("unit", reprint.OldUnit);
            json.WriteString("kind", reprint.Kind);
            json.WriteString("target", reprint.Target);
            json.WriteString("placement", reprint.Placement);
            json.WriteString("path", reprint.Path);
            json.WriteNumber("scans", reprint.Scans);
            json.WriteString("last_scanned", reprint.LastScanned.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDays(Utf8JsonWriter json, IReadOnlyList<DayStats> days)
    {
        json.WriteStartArray("days");
        foreach (var day in days)
        {
            json.WriteStartObject();
            json.WriteString("date", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("scans", day.Scans);
            json.WriteNumber("answers", day.Answers);
            json.WriteNumber("portal_clicks", day.PortalClicks);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
