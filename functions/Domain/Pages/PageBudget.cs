using System.Globalization;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>
/// Procedure and board pages must fit, gzipped, in the first TCP round trip (about 14 KB: ten segments of 1,460 bytes),
/// so a citizen on 2G sees the page after one round trip.
/// </summary>
public sealed class PageBudget(Func<Sheet, string?>? portalLink = null) : IPageBudget
{
    public const int MaxGzippedBytes = 14 * 1024;

    public IEnumerable<Diagnostic> Check(SiteModel site)
    {
        // Only procedure and board pages are built here: the privacy notice, which would need the stored tables, is not.
        var plans = new SiteRenderer(site, [], portalLink).Plan().Where(HasBudget).ToList();
        var problems = new Diagnostic?[plans.Count];
        Parallel.For(0, plans.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            problems[i] = Check(plans[i], Gzip.Compress(plans[i].Build().Bytes).Length));
        return problems.OfType<Diagnostic>();
    }

    /// <summary>
    /// The largest page that fits whatever gzip makes of it: deflate's fastest level grows incompressible input by at
    /// most an eighth, plus the gzip header and trailer. Smaller pages (nearly all) need not be compressed to know.
    /// </summary>
    public const int SurelyFitsRawBytes = (MaxGzippedBytes * 8 / 9) - 64;

    public static bool HasBudget(PagePlan plan) => plan.Kind is PageKind.Procedure or PageKind.Board;

    /// <summary>A diagnostic at the sheet (or at the field in unit.yaml) when the page is over budget, else null.</summary>
    public static Diagnostic? Check(PagePlan plan, int gzippedBytes)
    {
        if (!HasBudget(plan) || gzippedBytes <= MaxGzippedBytes)
        {
            return null;
        }

        var size = (gzippedBytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
        if (plan.Sheet is { } sheet)
        {
            return new Diagnostic(sheet.DisplayPath, 1, 1, Severity.Error,
                $"trang nặng {size} KB khi đã nén, quá mức 14 KB cho phép, mức tải xong trong một lượt trên mạng 2G/3G: hãy viết ngắn lại, hoặc tách phần chi tiết sang một tệp thủ tục khác");
        }

        var unit = plan.Unit!;
        return new Diagnostic(unit.SourcePath, unit.PositionOf($"{UnitKeys.Fields}.{plan.Field!.Slug}"), Severity.Error,
            $"trang bảng lĩnh vực '{plan.Field.Slug}' nặng {size} KB khi đã nén, quá mức 14 KB cho phép: hãy tách lĩnh vực này thành hai lĩnh vực");
    }
}
