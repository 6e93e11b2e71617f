using FsCheck;
using FsCheck.Fluent;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Tests.Rollups;

public class RollupSetTests
{
    private static readonly DateOnly Day = new(2026, 11, 30);

    [Fact]
    public void Bot_scans_and_portal_clicks_are_counted_apart_from_citizen_scans()
    {
        var set = new RollupSet();
        set.Add(StatsSamples.Scan("HT2K", Day));
        set.Add(StatsSamples.Scan("HT2K", Day));
        set.Add(StatsSamples.Scan("HT2K", Day, bot: true));
        set.Add(StatsSamples.Scan("HT2K", Day, portal: true));
        set.Add(StatsSamples.Scan("HT2K", Day, portal: true, bot: true));

        var day = Assert.Single(set.Codes);
        Assert.Equal((2L, 1L, 1L, 1L), (day.Scans, day.BotScans, day.PortalClicks, day.BotPortalClicks));
    }

    [Fact]
    public void Misuse_answers_are_counted_apart_and_not_in_any_option()
    {
        var set = new RollupSet();
        set.Add(StatsSamples.Answer("quay-1", Day, 0));
        set.Add(StatsSamples.Answer("quay-1", Day, 2));
        set.Add(StatsSamples.Answer("quay-1", Day, 2));
        set.Add(StatsSamples.Answer("quay-1", Day, 1, misuse: true));

        var day = Assert.Single(set.Counters);
        Assert.Equal([1L, 0L, 2L], day.Options);
        Assert.Equal(3, day.Answers);
        Assert.Equal(1, day.Misuse);
    }

    [Fact]
    public void Different_days_units_and_codes_make_different_rollups()
    {
        var set = new RollupSet();
        set.Add(StatsSamples.Scan("A", Day));
        set.Add(StatsSamples.Scan("A", Day.AddDays(1)));
        set.Add(StatsSamples.Scan("B", Day));
        set.Add(StatsSamples.Scan("A", Day, unit: "phuong-quan-thanh"));

        Assert.Equal(4, set.Codes.Count);
        Assert.Equal(["phuong-quan-thanh", "tp-cao-bang"], set.Units);
    }

    [Fact]
    public void Merging_the_rollups_of_two_windows_equals_rolling_up_all_events_at_once()
    {
        var events = Gen.Elements("A", "B", "C").Zip(Gen.Choose(0, 3)).Zip(Gen.Elements(true, false)).Zip(Gen.Elements(true, false))
            .Select(t => StatsSamples.Scan(t.Item1.Item1.Item1, Day.AddDays(t.Item1.Item1.Item2), t.Item1.Item2, t.Item2))
            .ListOf();

        Prop.ForAll(events.ToArbitrary(), Gen.Choose(0, 50).ToArbitrary(), (list, cut) =>
        {
            var split = Math.Min(cut, list.Count);
            var whole = new RollupSet();
            list.ForEach(whole.Add);
            var first = new RollupSet();
            list.Take(split).ToList().ForEach(first.Add);
            var second = new RollupSet();
            list.Skip(split).ToList().ForEach(second.Add);
            foreach (var day in second.Codes)
            {
                first.Add(day);
            }

            return Canonical(first) == Canonical(whole);
        }).QuickCheckThrowOnFailure();
    }

    private static string Canonical(RollupSet set) =>
        string.Join(';', set.Codes.OrderBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Date)
            .Select(d => $"{d.Code}{d.Date}:{d.Scans},{d.BotScans},{d.PortalClicks},{d.BotPortalClicks}"));
}
