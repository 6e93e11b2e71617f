using System.Text.RegularExpressions;
using MotCua.Publisher.Cli;
using MotCua.Publisher.Verbs;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Cli;

/// <summary>`--help` speaks to the editors in Vietnamese: no English heading of System.CommandLine's reaches them.</summary>
public sealed class VietnameseHelpTests
{
    /// <summary>What System.CommandLine writes in English, headings and the descriptions of its own options.</summary>
    private static readonly string[] English =
        ["Description:", "Usage:", "Arguments:", "Options:", "Commands:", "Show help", "Show version", "[options]", "[command]", "(REQUIRED)"];

    private static IVerb VerbNamed(string name) => Array.Find(VerbCatalog.Create(TestClock.Create()), v => v.Name == name)!;

    private static void AssertNoEnglish(string help) =>
        Assert.All(English, word => Assert.DoesNotContain(word, help, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(CommandLineUsageTests.Verbs), MemberType = typeof(CommandLineUsageTests))]
    public async Task Each_verb_has_help_in_vietnamese_with_every_argument_and_option_described(string name)
    {
        var verb = VerbNamed(name);
        var syntax = VerbSyntax.FromUsage(verb.Usage, verb.Flags);

        var (code, output, error) = await PublisherCli.RunAsync(name, "--help");

        Assert.Equal((CommandLine.Ok, ""), (code, error));
        AssertNoEnglish(output);
        Assert.Contains($"Mô tả:\n  {verb.Summary}\n", output, StringComparison.Ordinal);
        Assert.Contains($"Cách dùng:\n  publisher {verb.Usage}\n", output, StringComparison.Ordinal);
        Assert.Contains("Tùy chọn:\n", output, StringComparison.Ordinal);
        var lines = output.Split('\n');
        Assert.All(syntax.Options, o => Assert.Contains(lines, line =>
            line.TrimStart().StartsWith(o.IsFlag ? o.Name : $"{o.Name} {o.ValueName}", StringComparison.Ordinal)
            && line.EndsWith(OptionHelp.ForOption(o.Name) ?? $"no description for {o.Name}", StringComparison.Ordinal)));
        Assert.All(syntax.Arguments, a => Assert.Contains(lines, line =>
            line.TrimStart().StartsWith(a.Name, StringComparison.Ordinal)
            && line.EndsWith(OptionHelp.ForArgument(a.Name) ?? $"no description for {a.Name}", StringComparison.Ordinal)));
        Assert.Contains(lines, line => line.Contains("--help", StringComparison.Ordinal) && line.EndsWith(VietnameseHelp.HelpOptionDescription, StringComparison.Ordinal));
    }

    /// <summary>English words the help once said for what the editor writes, or in its descriptions.</summary>
    private static readonly Regex EnglishWords = new(
        @"\b(VERB|SITE_DIR|TITLE|UNIT|FIELD|DIR|NATIONAL_CODE|FILE|PORT|HOST|CONN|URL|NAME|TEXT|CODES_JSON|SECONDS|emulator|container|procedure|board|counter|the|and|of)\b",
        RegexOptions.CultureInvariant);

    [Theory]
    [MemberData(nameof(CommandLineUsageTests.Verbs), MemberType = typeof(CommandLineUsageTests))]
    public async Task A_verbs_help_has_no_english_word_outside_option_and_file_names(string name)
    {
        var (_, output, _) = await PublisherCli.RunAsync(name, "--help");

        // Option names (--out), file and folder names (codes.yaml, posters/, $web) and the executable's name are written as typed.
        var words = Regex.Replace(output, @"--[a-z-]+|\S*/\S*|\S+\.(yaml|json|md|csv|xlsx|docx|html)\b|\$web|publisher", "");
        Assert.DoesNotMatch(EnglishWords, words);
        Assert.All(output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Trim().Length > 0 && !l.TrimStart().StartsWith("publisher", StringComparison.Ordinal)),
            line => Assert.True(char.IsUpper(Description(line)[0]), $"a description starts in lower case: {line}"));
    }

    /// <summary>The text after the label of a help line (two spaces or more separate them).</summary>
    private static string Description(string line) => Regex.Split(line.Trim(), @"\s{2,}")[^1];

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task The_root_help_lists_every_verb_with_its_description_in_vietnamese(string ask)
    {
        var (code, output, _) = await PublisherCli.RunAsync(ask);

        Assert.Equal(CommandLine.Ok, code);
        AssertNoEnglish(output);
        Assert.Contains("Cách dùng:\n  publisher LỆNH [đối số] [tùy chọn]\n", output, StringComparison.Ordinal);
        Assert.All(VerbCatalog.Create(TestClock.Create()), verb => Assert.Matches($@"\n  {verb.Name} +{Regex.Escape(verb.Summary)}\n", output));
        Assert.Contains(VietnameseHelp.VersionOptionDescription, output, StringComparison.Ordinal);
        Assert.EndsWith("Hướng dẫn riêng của từng lệnh: publisher LỆNH --help\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publisher_alone_shows_the_root_help_and_exits_2()
    {
        var (code, output, _) = await PublisherCli.RunAsync();
        var (_, help, _) = await PublisherCli.RunAsync("--help");

        Assert.Equal((CommandLine.Usage, help), (code, output));
    }

    [Fact]
    public async Task Help_followed_by_a_verb_is_that_verbs_help()
    {
        var (code, output, _) = await PublisherCli.RunAsync("help", "build");
        var (_, help, _) = await PublisherCli.RunAsync("build", "--help");

        Assert.Equal((CommandLine.Ok, help), (code, output));
    }
}
