using System.Globalization;
using System.Text;

namespace MotCua.Storage.Tables;

/// <summary>
/// Builds OData filters from interpolated strings: every interpolated value becomes a literal of its
/// type (strings quoted with <c>'</c> doubled), so no value can change the shape of the query.
/// </summary>
internal static class TableQueryFilter
{
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var literals = filter.GetArguments().Select(Literal).ToArray<object?>();
        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    internal static string Literal(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        char c => Quote(c.ToString()),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => Double(d),
        DateTimeOffset dto => $"datetime'{dto.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)}'",
        DateTime dt => Literal(new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt)),
        Guid g => $"guid'{g:D}'",
        byte[] bytes => Binary(bytes),
        BinaryData data => Binary(data.ToArray()),
        _ => throw new ArgumentException($"A {value.GetType().Name} cannot be used in a table filter; use string, bool, int, long, double, DateTimeOffset, Guid or byte[].", nameof(value)),
    };

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Double(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException("A table filter cannot compare with NaN or infinity.", nameof(value));
        var text = value.ToString("R", CultureInfo.InvariantCulture);

        // Keep it a double literal: "2" would be read as Int32.
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static string Binary(byte[] bytes)
    {
        var text = new StringBuilder("X'", (bytes.Length * 2) + 3);
        text.Append(Convert.ToHexString(bytes)).Append('\'');
        return text.ToString();
    }
}
