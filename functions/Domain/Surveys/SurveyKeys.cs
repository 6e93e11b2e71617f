using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MotCua.Domain.Text;

namespace MotCua.Domain.Surveys;

/// <summary>
/// Keys of the <c>surveys</c> table. The row key is derived from the answer, so storing is an
/// insert-if-absent and a retry lands on the row already there: each answer counts once.
/// </summary>
public static class SurveyKeys
{
    /// <summary>Hex characters of SHA-256(client id) kept: 128 bits, no collisions in practice.</summary>
    public const int ClientHashLength = 32;

    /// <summary>The Vietnam-local date of the answer, <c>yyyyMMdd</c>.</summary>
    public static string PartitionKey(DateTimeOffset now) => VietnamTime.DateKey(now);

    /// <summary>
    /// <c>c-&lt;sha256(client_id) 32 hex&gt;</c> when the page script supplied a client id; otherwise
    /// <c>v-&lt;visitor&gt;-&lt;counter&gt;-&lt;option&gt;-&lt;window&gt;</c>, where the window is the
    /// Vietnam-local ten-minute slot of the day (000–143), so the same visitor giving the same answer
    /// at the same counter within a few minutes (a double tap, a reload) is stored once.
    /// </summary>
    public static string RowKey(SurveyAnswer answer, string visitor, DateTimeOffset now)
    {
        if (answer.ClientId.Length > 0)
        {
            return ClientRowKey(answer.ClientId);
        }

        return string.Create(CultureInfo.InvariantCulture, $"v-{visitor}-{answer.Counter}-{answer.Option}-{Window(now):D3}");
    }

    /// <summary>
    /// <c>c-&lt;sha256(client_id) 32 hex&gt;</c>: the row of the answer a page script sent with this id. The id itself
    /// is never stored; this one-way key is what finds a retry.
    /// </summary>
    public static string ClientRowKey(string clientId)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        return "c-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clientId)))[..ClientHashLength];
    }

    /// <summary>The ten-minute slot of the Vietnam-local day in which <paramref name="now"/> falls.</summary>
    public static int Window(DateTimeOffset now) =>
        (int)(VietnamTime.ToLocal(now).TimeOfDay.TotalMinutes / SurveyLimits.DuplicateWindowMinutes);
}
