namespace MotCua.Domain.Sheets;

/// <summary>Checks rendered pages against their size budget; the page renderers provide it.</summary>
public interface IPageBudget
{
    IEnumerable<Diagnostic> Check(SiteModel site);
}
