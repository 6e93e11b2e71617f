using MotCua.Domain.Codes;
using MotCua.Domain.Qr;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Posters;

/// <summary>Chooses the posters to print: one for every live board and counter code in the registry.</summary>
public static class PosterPlanner
{
    /// <summary>
    /// Posters for every unit that has at least one board or counter code; retired codes are not printed, nor are a
    /// merged office's (its codes keep answering, but new posters carry the successor's own codes).
    /// </summary>
    public static IReadOnlyList<UnitPosters> Plan(CodeRegistry registry, SiteModel site, string host)
    {
        var targets = registry.Entries
            .Where(e => !e.Retired)
            .Select(e => (Entry: e, Target: CodeTarget.Find(site, e.Target, e.Kind, out _)))
            .Where(t => t.Target is { Kind: CodeKind.Board or CodeKind.Counter })
            .ToList();

        var plans = new List<UnitPosters>();
        foreach (var unit in site.Units.Where(u => u.Merger is null))
        {
            var posters = new List<Poster>();
            foreach (var field in unit.Fields)
            {
                var procedures = unit.SheetsOf(field).Where(s => !s.Retired).Select(s => s.Title).ToList();
                posters.AddRange(targets
                    .Where(t => t.Target!.Unit == unit && t.Target.Field == field)
                    .Select(t => new Poster(t.Entry.Code.ToUpperInvariant(), CodeKind.Board, field.Slug, field.Name, t.Entry.Placement, QrUrl.For(host, t.Entry.Code), procedures)));
            }

            foreach (var counter in unit.Counters)
            {
                posters.AddRange(targets
                    .Where(t => t.Target!.Unit == unit && t.Target.Counter == counter)
                    .Select(t => new Poster(t.Entry.Code.ToUpperInvariant(), CodeKind.Counter, counter.Slug, counter.Name, t.Entry.Placement, QrUrl.For(host, t.Entry.Code), [])));
            }

            if (posters.Count > 0)
            {
                plans.Add(new UnitPosters(unit, posters));
            }
        }

        return plans;
    }
}
