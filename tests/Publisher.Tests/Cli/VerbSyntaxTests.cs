using MotCua.Publisher.Cli;

namespace MotCua.Publisher.Tests.Cli;

public sealed class VerbSyntaxTests
{
    [Fact]
    public void A_synopsis_gives_required_and_optional_arguments_and_options_with_values_and_flags()
    {
        var syntax = VerbSyntax.FromUsage(
            "publish SITE_DIR [EXTRA] [--connection CONN | --account-url URL] --out DIR [--dry-run]",
            new HashSet<string>(StringComparer.Ordinal) { "--dry-run" });

        Assert.Equal([new VerbArgument("SITE_DIR", true), new VerbArgument("EXTRA", false)], syntax.Arguments);
        Assert.Equal(
            [new VerbOption("--connection", "CONN"), new VerbOption("--account-url", "URL"), new VerbOption("--out", "DIR", Required: true), new VerbOption("--dry-run", null)],
            syntax.Options);
    }

    [Fact]
    public void A_word_ending_in_dots_takes_every_remaining_word()
    {
        var syntax = VerbSyntax.FromUsage("import SITE_DIR FILE... --unit UNIT", new HashSet<string>(StringComparer.Ordinal));

        Assert.Equal([new VerbArgument("SITE_DIR", true), new VerbArgument("FILE", true, Many: true)], syntax.Arguments);
        Assert.Equal([new VerbOption("--unit", "UNIT", Required: true)], syntax.Options);
    }
}
