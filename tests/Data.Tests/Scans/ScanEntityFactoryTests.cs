using System.Net;
using MotCua.Data.Scans;
using MotCua.Domain.Codes;
using MotCua.Domain.Scans;

namespace MotCua.Data.Tests.Scans;

public sealed class ScanEntityFactoryTests
{
    private const string Phone = "Mozilla/5.0 (Linux; Android 13; RMX3630) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 Zalo android/12100657 ZaloTheme/light ZaloLanguage/vi";

    private static readonly CodeEntry Entry = new("HT2K", CodeKind.Procedure, "tp-cao-bang", "tp-cao-bang/ho-tich/dang-ky-khai-sinh", "board-ho-tich", "/tp-cao-bang/ho-tich/dang-ky-khai-sinh.html");

    private static readonly DateTimeOffset Noon = new(2026, 11, 22, 5, 0, 0, TimeSpan.Zero);

    private static (ScanEntityFactory Factory, FakeTimeProvider Clock) Create()
    {
        var clock = new FakeTimeProvider(Noon);
        return (new ScanEntityFactory(clock), clock);
    }

    [Fact]
    public void A_scan_record_carries_the_code_entry_and_the_vietnam_local_time()
    {
        var (factory, _) = Create();

        var record = factory.Create(Entry, ScanEvent.Scan, new ScanRequest(IPAddress.Parse("203.0.113.7"), Phone, "https://zalo.me/g/abc?x=1"));

        Assert.Equal("scan", record.Event);
        Assert.Equal("HT2K", record.Code);
        Assert.Equal("procedure", record.Kind);
        Assert.Equal("tp-cao-bang/ho-tich/dang-ky-khai-sinh", record.Target);
        Assert.Equal("board-ho-tich", record.Placement);
        Assert.Equal("tp-cao-bang", record.Unit);
        Assert.Equal("2026-11-22T12:00:00+07:00", record.LocalTime);
        Assert.Equal("2026-11-22", record.LocalDate);
        Assert.Equal("mobile", record.Device);
        Assert.False(record.IsBot);
        Assert.Equal("", record.BotReason);
        Assert.Equal("zalo.me", record.Referrer);
        Assert.Matches("^20261122-s[0-7]$", record.PartitionKey);
        Assert.Matches($"^{Noon.UtcTicks:D19}-[0-9a-f]{{8}}$", record.RowKey);
    }

    [Fact]
    public void A_portal_click_is_recorded_as_a_portal_event()
    {
        var (factory, _) = Create();

        var record = factory.Create(Entry, ScanEvent.Portal, new ScanRequest(null, Phone, null));

        Assert.Equal("portal", record.Event);
    }

    [Fact]
    public void A_scan_just_before_17_utc_and_one_just_after_fall_on_two_vietnam_dates()
    {
        var (factory, clock) = Create();
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 22, 16, 59, 59, TimeSpan.Zero));
        var late = factory.Create(Entry, ScanEvent.Scan, new ScanRequest(null, Phone, null));
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero));
        var early = factory.Create(Entry, ScanEvent.Scan, new ScanRequest(null, Phone, null));

        Assert.Equal("2026-11-22", late.LocalDate);
        Assert.StartsWith("20261122-", late.PartitionKey, StringComparison.Ordinal);
        Assert.Equal("2026-11-23", early.LocalDate);
        Assert.Equal("2026-11-23T00:00:00+07:00", early.LocalTime);
        Assert.StartsWith("20261123-", early.PartitionKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_scans_in_the_same_tick_get_different_row_keys_and_spread_over_shards()
    {
        var (factory, _) = Create();

        var records = Enumerable.Range(0, 400).Select(_ => factory.Create(Entry, ScanEvent.Scan, new ScanRequest(null, Phone, null))).ToList();

        Assert.Equal(400, records.Select(r => r.RowKey).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(8, records.Select(r => r.PartitionKey).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("not a url", "")]
    [InlineData("android-app://com.zing.zalo/", "")]
    [InlineData("https://www.facebook.com/groups/123/posts/456?fbclid=secret", "www.facebook.com")]
    public void Only_the_host_of_an_http_referrer_is_kept(string? referrer, string expected)
    {
        Assert.Equal(expected, ScanEntityFactory.ReferrerHost(referrer));
    }

    [Fact]
    public void A_scan_record_carries_nothing_that_could_link_it_to_another_scan_or_an_answer() =>
        // No statistic counts scans by visitor, so no visitor hash is kept with them.
        Assert.DoesNotContain(typeof(ScanEntity).GetProperties(), p => p.Name.Contains("Visitor", StringComparison.Ordinal));

    [Fact]
    public void No_property_of_the_record_holds_the_address_or_the_user_agent()
    {
        var (factory, _) = Create();

        var record = factory.Create(Entry, ScanEvent.Scan, new ScanRequest(IPAddress.Parse("2402:800:62cd:d2df:cddf:bb7d:f3d7:7390"), Phone, "https://zalo.me/"));

        var values = typeof(ScanEntity).GetProperties().Select(p => p.GetValue(record)?.ToString() ?? "").ToList();
        Assert.DoesNotContain(values, v => v.Contains("2402", StringComparison.Ordinal) || v.Contains("Mozilla", StringComparison.Ordinal) || v.Contains("Zalo android", StringComparison.Ordinal));
    }
}
