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

    /// <summary>Compact date for keys: <c>20261122</c>.</summary>
    public static string DateKey(DateTimeOffset instant) =>
        Date(instant).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The UTC instant at which a Vietnam-local day starts (17:00 UTC the day before).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
}
