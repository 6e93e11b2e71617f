using MotCua.Domain.Codes;

namespace MotCua.Domain.Tests.Codes;

public sealed class CodeAlphabetTests
{
    [Theory]
    [InlineData("HT2K")]
    [InlineData("ht2k")]
    [InlineData("ABCDEF")]
    [InlineData("23456")]
    public void Four_to_six_unambiguous_characters_are_a_code(string code)
    {
        Assert.True(CodeAlphabet.IsValid(code));
    }

    [Theory]
    [InlineData("HT0K", "'0'")]
    [InlineData("HTOK", "'O'")]
    [InlineData("HT1K", "'1'")]
    [InlineData("HTIK", "'I'")]
    [InlineData("HTLK", "'L'")]
    [InlineData("HT-K", "'-'")]
    [InlineData("HTK", "3 ký tự")]
    [InlineData("HT2K9ZA", "7 ký tự")]
    public void Look_alikes_and_wrong_lengths_are_refused_with_the_reason(string code, string reason)
    {
        Assert.Contains(reason, CodeAlphabet.Problem(code), StringComparison.Ordinal);
    }

    [Fact]
    public void The_alphabet_has_31_distinct_characters_without_look_alikes()
    {
        Assert.Equal(31, CodeAlphabet.Characters.Distinct().Count());
        Assert.DoesNotContain(CodeAlphabet.Characters, c => "O0I1L".Contains(c, StringComparison.Ordinal));
    }
}
