using MotCua.Data.Privacy;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Tests.Pages;

public sealed class SiteRendererTests
{
    private static Dictionary<string, string> Hashes(SiteModel site) =>
        new SiteRenderer(site, StoredTables.All).Plan().ToDictionary(p => p.BlobName, p => p.InputHash);

    private static SiteModel WithSheet(SiteModel site, string key, Func<Sheet, Sheet> edit) => new([.. site.Units.Select(u =>
        u with { Sheets = [.. u.Sheets.Select(s => s.Key == key ? edit(s) : s)] })]);

    [Fact]
    public void The_site_has_every_page_at_its_blob_name()
    {
        var names = Hashes(SamplePages.Site).Keys.ToHashSet();

        Assert.Contains("index.html", names);
        Assert.Contains("404.html", names);
        Assert.Contains("tp-cao-bang/index.html", names);
        Assert.Contains("tp-cao-bang/ho-tich/index.html", names);
        Assert.Contains("tp-cao-bang/ho-tich/dang-ky-khai-sinh.html", names);
        Assert.Contains("tp-cao-bang/gop-y/quay-1.html", names);
        Assert.Contains("tp-cao-bang/gop-y/cam-on.html", names);
        Assert.Contains("phuong-quan-thanh/index.html", names);
        Assert.Contains("_data/survey.json", names);
        Assert.Contains("chinh-sach-du-lieu.html", names);
        Assert.Equal(4 + SamplePages.Site.Units.Sum(u => 2 + u.Fields.Count + u.Counters.Count + u.Sheets.Count), names.Count);
    }

    [Fact]
    public void Editing_a_sheet_body_changes_only_that_page()
    {
        const string key = "tp-cao-bang/ho-tich/dang-ky-khai-sinh";
        var before = Hashes(SamplePages.Site);
        var after = Hashes(WithSheet(SamplePages.Site, key, s => s with { Body = s.Body + "\nThêm.", ContentHash = "x" }));

        var changed = before.Keys.Where(k => before[k] != after[k]).ToArray();

        Assert.Equal(["tp-cao-bang/ho-tich/dang-ky-khai-sinh.html"], changed);
    }

    [Fact]
    public void Editing_a_sheet_title_also_changes_the_pages_that_list_it()
    {
        const string key = "tp-cao-bang/ho-tich/dang-ky-khai-sinh";
        var before = Hashes(SamplePages.Site);
        var after = Hashes(WithSheet(SamplePages.Site, key, s => s with { Title = "Đăng ký khai sinh (mới)", ContentHash = "y" }));

        var changed = before.Keys.Where(k => before[k] != after[k]).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal([
            "_data/survey.json", "tp-cao-bang/gop-y/quay-1.html", "tp-cao-bang/ho-tich/dang-ky-khai-sinh.html", "tp-cao-bang/ho-tich/index.html", "tp-cao-bang/index.html",
        ], changed);
    }

    [Fact]
    public void The_survey_catalog_is_built_as_JSON_the_survey_endpoint_reads()
    {
        var file = new SiteRenderer(SamplePages.Site, StoredTables.All).BuildAll().Single(p => p.BlobName == "_data/survey.json");

        Assert.Equal("application/json; charset=utf-8", file.ContentType);
        var catalog = MotCua.Domain.Surveys.SurveyCatalogJson.Parse(file.Bytes);
        Assert.NotNull(catalog?.FindUnit("tp-cao-bang")?.FindCounter("quay-1"));
        Assert.NotNull(catalog?.FindUnit("tp-cao-bang")?.FindProcedure("tp-cao-bang/ho-tich/dang-ky-khai-sinh"));
    }

    [Fact]
    public void Every_page_is_served_as_UTF8_HTML()
    {
        var pages = new SiteRenderer(SamplePages.Site, StoredTables.All).BuildAll().Where(p => !p.BlobName.StartsWith("_data/", StringComparison.Ordinal)).ToList();

        Assert.All(pages, p => Assert.Equal("text/html; charset=utf-8", p.ContentType));
        Assert.All(pages, p => Assert.StartsWith("<!doctype html>", System.Text.Encoding.UTF8.GetString(p.Bytes), StringComparison.Ordinal));
    }
}
