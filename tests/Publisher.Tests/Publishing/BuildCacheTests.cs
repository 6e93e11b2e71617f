using MotCua.Domain.Sheets;
using MotCua.Publisher.Publishing;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Publishing;

/// <summary>The build cache gives back, for an unchanged sheet, what the checks across sheets read from its file.</summary>
public sealed class BuildCacheTests : IDisposable
{
    private readonly SiteFolder _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_sheet_read_back_from_the_saved_cache_keeps_its_positions_links_and_problems()
    {
        _site.WriteUnit();
        _site.Write("units/thu/ho-tich/a.md",
            $"---\ntitle: Đăng ký khai sinh\ncode: 1.001193\nupdated: {TestClock.TodayIso}\naliases: [ho-tich/cu]\n---\nXem [b](b.md#muc) và [c](/thu/ho-tich/).\n");
        _site.Write("units/thu/ho-tich/b.md", "---\ntittle: B\n---\n");
        var outDir = Path.Combine(_site.Root, "_out");
        Directory.CreateDirectory(outDir);
        var written = BuildCache.Open(_site.Root, outDir, "v1");
        var (site, diagnostics) = SiteLoader.Load(_site.Root, written);
        var parsed = site.Units[0].Sheets[0];
        written.Save(outDir, "v1", new BuildOutputs { Inputs = "x", Units = { ["thu"] = new CachedUnit { Inputs = "y" } } });

        var read = BuildCache.Open(_site.Root, outDir, "v1");
        var (again, againDiagnostics) = SiteLoader.Load(_site.Root, read);

        var cached = again.Units[0].Sheets[0];
        Assert.False(cached.HasBody);
        Assert.Equal(parsed.Positions.OrderBy(p => p.Key, StringComparer.Ordinal).Where(p => cached.Positions.ContainsKey(p.Key)), cached.Positions.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Contains(SheetKeys.Code, cached.Positions.Keys);
        Assert.Equal(parsed.Links, cached.Links);
        Assert.Equal((parsed.Title, parsed.NationalCode, parsed.ContentHash), (cached.Title, cached.NationalCode, cached.ContentHash));
        Assert.Equal(parsed.Aliases, cached.Aliases);
        Assert.NotEmpty(diagnostics);
        Assert.Equal(diagnostics.Select(d => d.ToString()), againDiagnostics.Select(d => d.ToString()));
        Assert.Equal("y", read.Outputs.Units["thu"].Inputs);
    }

    [Fact]
    public void A_cache_from_another_renderer_is_empty()
    {
        _site.WriteUnit();
        var outDir = Path.Combine(_site.Root, "_out");
        Directory.CreateDirectory(outDir);
        BuildCache.Open(_site.Root, outDir, "v1").Save(outDir, "v1", new BuildOutputs { Inputs = "x", Units = { ["thu"] = new CachedUnit { Inputs = "y" } } });

        var read = BuildCache.Open(_site.Root, outDir, "v2");

        Assert.Equal(("", 0), (read.Outputs.Inputs, read.Outputs.Units.Count));
    }
}
