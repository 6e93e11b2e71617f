using MotCua.Domain.Surveys;

namespace MotCua.Domain.Tests.Surveys;

public class SurveyCommentTests
{
    [Fact]
    public void An_emoji_with_skin_tone_counts_as_one_character()
    {
        Assert.Equal(1, SurveyComment.Length("👍🏽"));
        Assert.Equal(1, SurveyComment.Length("👨‍👩‍👧"));
    }

    [Fact]
    public void Five_hundred_emoji_are_accepted_and_five_hundred_and_one_are_not()
    {
        Assert.Null(SurveyComment.Clean(string.Concat(Enumerable.Repeat("😀", 500))).Error);
        Assert.NotNull(SurveyComment.Clean(string.Concat(Enumerable.Repeat("😀", 501))).Error);
    }

    [Fact]
    public void Length_is_counted_after_NFC_so_decomposed_Vietnamese_fits()
    {
        var nfd = string.Concat(Enumerable.Repeat("e\u0323\u0302", 500)); // 1,500 UTF-16 units, 500 letters "ệ"

        var (text, error) = SurveyComment.Clean(nfd);

        Assert.Null(error);
        Assert.Equal(new string('\u1EC7', 500), text);
    }

    [Fact]
    public void Zero_width_spaces_and_byte_order_marks_are_removed_but_emoji_joiners_stay()
    {
        var (text, error) = SurveyComment.Clean("a\u200Bb\uFEFFc 👨\u200D👩");

        Assert.Null(error);
        Assert.Equal("abc 👨\u200D👩", text);
    }

    [Theory]
    [InlineData("\u202A")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u2069")]
    public void Bidirectional_overrides_and_isolates_are_refused_and_removed_from_the_text_shown_again(string bidi)
    {
        var (text, error) = SurveyComment.Clean($"abc{bidi}def");

        Assert.Equal(SurveyComment.BidiMessage, error);
        Assert.Equal("abcdef", text);
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("\u0001")]
    [InlineData("\u007F")]
    [InlineData("\u0085")]
    public void Control_characters_are_refused(string control)
    {
        Assert.Equal(SurveyComment.ControlMessage, SurveyComment.Clean($"a{control}b").Error);
    }

    [Fact]
    public void Line_breaks_become_line_feeds_and_tabs_stay()
    {
        Assert.Equal("a\nb\nc\td", SurveyComment.Clean("a\r\nb\rc\td").Text);
    }

    [Fact]
    public void An_unpaired_surrogate_is_refused_without_throwing()
    {
        var (text, error) = SurveyComment.Clean("x\uD800y");

        Assert.Equal(SurveyComment.SurrogateMessage, error);
        Assert.Equal("xy", text);
    }

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("\uFFFF")]
    [InlineData("\uFDD0")]
    [InlineData("\U0001FFFE")]
    [InlineData("\U0010FFFF")]
    public void Noncharacters_are_refused_without_throwing(string noncharacter)
    {
        var (text, error) = SurveyComment.Clean($"a{noncharacter}b");

        Assert.Equal(SurveyComment.SurrogateMessage, error);
        Assert.Equal("ab", text);
    }

    [Fact]
    public void Surrounding_white_space_is_trimmed()
    {
        Assert.Equal("tốt", SurveyComment.Clean("  tốt \n").Text);
    }
}
