using MotCua.Data.Privacy;
using MotCua.Domain.Pages;

namespace MotCua.Domain.Tests.Pages;

public sealed class PageBudgetTests
{
    [Fact]
    public void Every_sample_procedure_and_board_page_fits_in_14_KB_gzipped()
    {
        var plans = new SiteRenderer(SamplePages.Site, StoredTables.All).Plan().Where(PageBudget.HasBudget).ToList();

        Assert.True(plans.Count > 60);
        Assert.All(plans, plan =>
            Assert.True(Gzip.Compress(plan.Build().Bytes).Length <= PageBudget.MaxGzippedBytes, plan.BlobName));
    }

    [Fact]
    public void A_page_over_budget_is_reported_at_its_sheet()
    {
        var plan = new SiteRenderer(SamplePages.Site, StoredTables.All).Plan().First(p => p.Kind == PageKind.Procedure);

        var diagnostic = PageBudget.Check(plan, PageBudget.MaxGzippedBytes + 1);

        Assert.Equal(plan.Sheet!.DisplayPath, diagnostic?.Path);
        Assert.Null(PageBudget.Check(plan, PageBudget.MaxGzippedBytes));
    }
}
