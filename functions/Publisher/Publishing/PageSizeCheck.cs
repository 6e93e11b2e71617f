using System.IO.Compression;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Publishing;

/// <summary>
/// A rendered page against its size budget without compressing every page: a small page fits whatever gzip makes of
/// it; the fastest level is a cheap upper bound for the others; only a page near the budget is measured at the
/// publisher's level 9.
/// </summary>
internal static class PageSizeCheck
{
    /// <summary>The page's problem when it is over budget, else null.</summary>
    public static Diagnostic? OverBudget(PagePlan plan, BuiltPage page) =>
        PageBudget.HasBudget(plan) && page.Bytes.Length > PageBudget.SurelyFitsRawBytes
            && PageBudget.Check(plan, GzipSize(page.Bytes, CompressionLevel.Fastest)) is not null
            ? PageBudget.Check(plan, GzipSize(page.Bytes, CompressionLevel.SmallestSize))
            : null;

    private static int GzipSize(byte[] bytes, CompressionLevel level)
    {
        using var counter = new CountingStream();
        using (var gzip = new GZipStream(counter, level, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return (int)counter.Length;
    }
}
