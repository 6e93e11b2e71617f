using System.Net;
using MotCua.Publisher.Preview;
using MotCua.Publisher.Tests.Verbs;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Preview;

/// <summary>The preview adds its script to responses only: the built files stay exactly what `publish` would upload.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private const string Page = "/phuong-quan-thanh/ho-tich/dang-ky-ket-hon.html";

    private readonly CodeVerbSite _site = new();
    private readonly string _out = Path.Combine(Path.GetTempPath(), "motcua-preview-test-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly HttpClient _http = new();
    private PreviewSite? _preview;
    private PreviewServer? _server;

    private Uri Base => _server!.Address;

    public async Task InitializeAsync()
    {
        _preview = new PreviewSite(_site.Root, _out, TestClock.Create());
        await _preview.RebuildAsync(CancellationToken.None);
        _server = await PreviewServer.StartAsync(_preview, 0, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _server!.DisposeAsync();
        _preview!.Dispose();
        _http.Dispose();
        _site.Dispose();
        Directory.Delete(_out, recursive: true);
    }

    [Fact]
    public async Task A_page_is_served_with_the_reload_script_that_no_built_file_contains()
    {
        var served = await _http.GetStringAsync(new Uri(Base, Page));

        Assert.Contains($"/*{PreviewPages.Marker}*/", served, StringComparison.Ordinal);
        Assert.Contains("new EventSource(\"/_preview/events\")", served, StringComparison.Ordinal);
        var built = await File.ReadAllTextAsync(Path.Combine(_out, Page.TrimStart('/')));
        // The built page keeps its content policy; the preview leaves it out of its answer only, or the reload script
        // it adds would be refused.
        var policy = System.Text.RegularExpressions.Regex.Match(built, "<meta http-equiv=\"Content-Security-Policy\" content=\"[^\"]*\">").Value;
        Assert.NotEmpty(policy);
        Assert.DoesNotContain(policy, served, StringComparison.Ordinal);
        var withoutPolicy = built.Replace(policy, "", StringComparison.Ordinal);
        Assert.StartsWith(withoutPolicy[..withoutPolicy.LastIndexOf("</body>", StringComparison.Ordinal)], served, StringComparison.Ordinal);
        var files = Directory.GetFiles(_out, "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.DoesNotContain(PreviewPages.Marker, File.ReadAllText(f), StringComparison.Ordinal));
    }

    [Fact]
    public async Task While_a_sheet_has_an_error_every_page_names_its_file_line_and_column()
    {
        _site.Write("units/phuong-quan-thanh/ho-tich/dang-ky-ket-hon.md", "---\ntitle: Đăng ký kết hôn\ntittle: x\n---\n");
        await _preview!.RebuildAsync(CancellationToken.None);

        using var response = await _http.GetAsync(new Uri(Base, "/phuong-quan-thanh/"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains($"{_site.Root}/units/phuong-quan-thanh/ho-tich/dang-ky-ket-hon.md:3:1</code>", body, StringComparison.Ordinal);
        Assert.Contains(PreviewPages.Marker, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_phone_view_frames_the_page_at_a_phone_size()
    {
        var body = await _http.GetStringAsync(new Uri(Base, PreviewPages.PhonePrefix + Page));

        Assert.Contains($"<iframe src=\"{Page}\"", body, StringComparison.Ordinal);
        Assert.Contains($"width:{PreviewPages.PhoneWidth}px;height:{PreviewPages.PhoneHeight}px", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_stream_announces_the_next_build_after_a_save()
    {
        using var watcher = new PreviewWatcher(_preview!, TimeProvider.System, _ => Task.CompletedTask, CancellationToken.None);
        using var stream = new StreamReader(await _http.GetStreamAsync(new Uri(Base, PreviewPages.EventsPath)));
        Assert.Equal("data: 1", await NextDataAsync(stream));

        await File.AppendAllTextAsync(Path.Combine(_site.Root, "units/phuong-quan-thanh/ho-tich/dang-ky-ket-hon.md"), "\nGhi chú.\n");

        Assert.Equal("data: 2", await NextDataAsync(stream).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private static async Task<string> NextDataAsync(StreamReader stream)
    {
        while (await stream.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                return line;
            }
        }

        return "";
    }
}
