using MotCua.Publisher.Import;

namespace MotCua.Publisher.Tests.Import;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("1. Nộp hồ sơ", "1\\. Nộp hồ sơ")]
    [InlineData("8.000 đồng", "8.000 đồng")]
    [InlineData("- Trường hợp", "\\- Trường hợp")]
    [InlineData("-5% phí", "-5% phí")]
    [InlineData("# Mục", "\\# Mục")]
    [InlineData("Mẫu *01* [xem]", "Mẫu \\*01\\* \\[xem\\]")]
    public void Text_from_a_document_never_turns_into_markdown(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Inline(text));

    [Fact]
    public void A_pipe_in_a_cell_is_escaped() => Assert.Equal("A \\| B", MarkdownText.Cell("A | B"));
}
