using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MotCua.Domain.Surveys;
using MotCua.Domain.Text;

namespace MotCua.Data.Surveys;

/// <summary>
/// Keys of the <c>surveys</c> table. A partition per Vietnam-local day and unit, so one office's answers (and stuffing)
/// never slow another's, and "every day before D" is still one key range for retention. The row key is derived from
/// the answer, so storing is an insert-if-absent and a retry lands on the row already there: each answer counts once.
/// Beside the answers, one tally row per visitor and counter counts that visitor's answers there that day, read by
/// its key. Every key made from the visitor hash is a one-way hash of it: no key shows the visitor, the counter's
/// ten-minute slot or anything that could be matched once the day key is gone.
/// </summary>
public static class SurveyKeys
{
    /// <summary>Hex characters of SHA-256 kept in a row key: 128 bits, no collisions in practice.</summary>
    public const int HashLength = 32;

    /// <summary>
    /// <c>yyyyMMdd-&lt;unit&gt;</c>: the Vietnam-local date of the answer and the office. Every partition of a day
    /// starts with the day, so a day's answers are the key range [<c>yyyyMMdd</c>, <c>yyyyMMdd.</c>).
    /// </summary>
    public static string PartitionKey(DateTimeOffset now, string unit)
    {
        ArgumentException.ThrowIfNullOrEmpty(unit);
        return string.Create(CultureInfo.InvariantCulture, $"{VietnamTime.DateKey(now)}-{unit}");
    }

    /// <summary>
    /// <c>c-&lt;sha256(client_id)&gt;</c> when the page script supplied a client id; otherwise
    /// <c>v-&lt;sha256(visitor, counter, option, window)&gt;</c>, where the window is the Vietnam-local ten-minute
    /// slot of the day, so the same visitor giving the same answer at the same counter within a few minutes (a double
    /// tap, a reload) is stored once.
    /// </summary>
    public static string RowKey(SurveyAnswer answer, string visitor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.ClientId.Length > 0
            ? ClientRowKey(answer.ClientId)
            : "v-" + Sha256(string.Create(CultureInfo.InvariantCulture, $"{visitor}\n{answer.Counter}\n{answer.Option}\n{Window(now)}"));
    }

    /// <summary>
    /// <c>c-&lt;sha256(client_id)&gt;</c>: the row of the answer a page script sent with this id. The id itself
    /// is never stored; this one-way key is what finds a retry.
    /// </summary>
    public static string ClientRowKey(string clientId)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        return "c-" + Sha256(clientId);
    }

    /// <summary><c>n-&lt;sha256(visitor, counter)&gt;</c>: the row counting this visitor's answers at this counter today.</summary>
    public static string TallyRowKey(string visitor, string counter) => "n-" + Sha256($"{visitor}\n{counter}");

    /// <summary>The ten-minute slot of the Vietnam-local day in which <paramref name="now"/> falls.</summary>
    public static int Window(DateTimeOffset now) =>
        (int)(VietnamTime.ToLocal(now).TimeOfDay.TotalMinutes / SurveyLimits.DuplicateWindowMinutes);

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..HashLength];
}
