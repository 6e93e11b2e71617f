using System.Globalization;

namespace MotCua.Domain.Text;

/// <summary>Vietnam has one time zone, UTC+7, and no daylight saving: every day boundary uses it.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>ISO 8601 local time with its offset, e.g. <c>2026-11-22T15:04:05+07:00</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    /// <summary>The Vietnam-local hour an instant falls in, with its offset, e.g. <c>2026-11-22T15+07:00</c>; text order is time order.</summary>
    public static string FormatHour(DateTimeOffset instant) => HourPrefix(instant) + "+07:00";

    /// <summary>
    /// The start of <see cref="FormatHour"/>, <c>2026-11-22T15</c>: every hour's text starts with its own prefix, so an
    /// hour range [a, b) is <c>ge HourPrefix(a) and lt HourPrefix(b)</c>.
    /// </summary>
    public static string HourPrefix(DateTimeOffset instant) =>
        ToLocal(instant).ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture);

    /// <summary>The instant's hour, started: minutes, seconds and ticks dropped (whole hours are the same in UTC and UTC+7).</summary>
    public static DateTimeOffset FloorHour(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero);

    /// <summary>Compact date for keys: <c>20261122</c>.</summary>
    public static string DateKey(DateTimeOffset instant) =>
        Date(instant).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The UTC instant at which a Vietnam-local day starts (17:00 UTC the day before).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
}
