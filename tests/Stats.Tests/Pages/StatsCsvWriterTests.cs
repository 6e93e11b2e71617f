using System.Text;
using MotCua.Stats.Pages;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Tests.Pages;

public class StatsCsvWriterTests
{
    private static readonly DateOnly Day = new(2026, 11, 30);

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    public void Fields_are_quoted_only_when_RFC_4180_requires_it(string field, string expected) =>
        Assert.Equal(expected, StatsCsvWriter.Quote(field));

    [Fact]
    public void Each_daily_rollup_is_one_CRLF_line_after_the_header_in_UTF8_with_a_byte_order_mark()
    {
        var set = new RollupSet();
        set.Add(StatsSamples.Scan("HT2K", Day));
        set.Add(StatsSamples.Scan("HT2K", Day, bot: true));
        set.Add(StatsSamples.Scan("HT2K", Day.AddDays(1), portal: true));
        set.Add(StatsSamples.Answer("Quầy, một", Day, 2));
        var bytes = StatsCsvWriter.Write(set.Codes, set.Counters);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(
            [
                string.Join(',', StatsCsvWriter.Columns),
                "2026-11-30,tp-cao-bang,code,HT2K,procedure,tp-cao-bang/ho-tich/ht2k,to-thu-tuc,1,1,0,0,,,,,",
                "2026-11-30,tp-cao-bang,counter,\"Quầy, một\",counter,,,,,,,1,0,0,0,1",
                "2026-12-01,tp-cao-bang,code,HT2K,procedure,tp-cao-bang/ho-tich/ht2k,to-thu-tuc,0,0,1,0,,,,,",
                "",
            ],
            lines);
    }

    [Fact]
    public void Splicing_keeps_the_closed_days_of_the_previous_file_and_replaces_the_rest()
    {
        var old = new RollupSet();
        old.Add(StatsSamples.Scan("A", Day.AddDays(-1)));
        old.Add(StatsSamples.Scan("A", Day));
        var previous = StatsCsvWriter.Write(old.Codes, old.Counters);
        var now = new RollupSet();
        now.Add(StatsSamples.Scan("A", Day));
        now.Add(StatsSamples.Scan("A", Day));
        now.Add(StatsSamples.Scan("A", Day.AddDays(1)));
        var whole = new RollupSet();
        whole.Add(old.Codes.First(d => d.Date < Day));
        foreach (var day in now.Codes)
        {
            whole.Add(day);
        }

        Assert.Equal(StatsCsvWriter.Write(whole.Codes, whole.Counters), StatsCsvWriter.Splice(previous, Day, now.Codes, now.Counters));
    }

    [Fact]
    public void A_line_break_inside_a_field_does_not_break_the_record()
    {
        var set = new RollupSet();
        set.Add(StatsSamples.Answer("quầy\r\nhai", Day, 0));

        var text = Encoding.UTF8.GetString(StatsCsvWriter.Write(set.Codes, set.Counters));

        Assert.Contains("\r\n2026-11-30,tp-cao-bang,counter,quầy hai,", text, StringComparison.Ordinal);
    }
}
