using MotCua.Publisher.Cli;

namespace MotCua.Publisher.Tests.Cli;

/// <summary>Progress reads as plain lines in CI logs and becomes a bar only on a terminal someone watches.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void Large_work_reports_about_every_5_percent_in_plain_text_and_small_work_not_at_all()
    {
        using var large = new StringWriter();
        using var small = new StringWriter();
        var reportLarge = ProgressLine.Reporter(large);
        var reportSmall = ProgressLine.Reporter(small);

        Parallel.For(1, 1001, done => reportLarge(done, 1000));
        for (var done = 1; done <= 10; done++)
        {
            reportSmall(done, 10);
        }

        var lines = large.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(20, lines.Length);
        Assert.Contains("  1000/1000 (100%)", lines);
        Assert.DoesNotContain('\u001b', large.ToString());
        Assert.Equal("", small.ToString());
    }

    [Fact]
    public void A_progress_line_is_read_back_and_other_lines_are_not()
    {
        Assert.True(ProgressLine.TryParse(ProgressLine.Format(120, 2000), out var done, out var total));
        Assert.Equal((120, 2000), (done, total));
        Assert.False(ProgressLine.TryParse("built out: 120/2000 pages", out _, out _));
    }

    [Fact]
    public void A_writer_that_is_not_the_console_never_gets_a_bar()
    {
        using var writer = new StringWriter();

        Assert.False(TerminalProgress.IsWatched(writer));
    }
}
