using System.Globalization;
using System.Text.Json;

namespace MotCua.Stats.Pages;

/// <summary>
/// The two surveys per ended month in <c>stats.json</c>: <c>slip_months</c> ("đánh giá có phiếu") and
/// <c>open_months</c> ("đánh giá tự do"), apart. A figure not published (a count of 1 to 4, a share of fewer than 5
/// answers) is null.
/// </summary>
internal static class SurveyMonthsJson
{
    public static void Write(Utf8JsonWriter json, UnitStats stats)
    {
        json.WriteStartArray("slip_months");
        foreach (var m in stats.SlipMonths)
        {
            json.WriteStartObject();
            json.WriteString("month", Month(m.Month));
            json.WriteNumber("handed_out", m.HandedOut);
            Number(json, "answers", m.Answers);
            Share(json, "response_rate", m.ResponseRate);
            Options(json, m.Options);
            Share(json, "not_unsatisfied_share", m.NotUnsatisfiedShare);
            if (m.Reasons is null)
            {
                json.WriteNull("reasons");
            }
            else
            {
                json.WriteStartObject("reasons");
                foreach (var (key, count) in m.Reasons)
                {
                    Number(json, key, count);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("open_months");
        foreach (var m in stats.OpenMonths)
        {
            json.WriteStartObject();
            json.WriteString("month", Month(m.Month));
            json.WriteNumber("answers", m.Answers);
            Options(json, m.Options);
            Share(json, "not_unsatisfied_share", m.NotUnsatisfiedShare);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Options(Utf8JsonWriter json, IReadOnlyList<long>? options)
    {
        if (options is null)
        {
            json.WriteNull("options");
            return;
        }

        json.WriteStartArray("options");
        foreach (var count in options)
        {
            json.WriteNumberValue(count);
        }

        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } n)
        {
            json.WriteNumber(name, n);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Share(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } share)
        {
            json.WriteNumber(name, Math.Round(share, 3));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
