using MotCua.Publisher.Cli;

namespace MotCua.Publisher.Tests.Cli;

public sealed class VerbSyntaxTests
{
    [Fact]
    public void A_synopsis_gives_required_and_optional_arguments_options_with_values_and_flags()
    {
        var syntax = VerbSyntax.FromUsage(
            "publish SITE_DIR [EXTRA] [--connection CONN | --account-url URL] --out DIR [--dry-run]",
            new HashSet<string>(StringComparer.Ordinal) { "--dry-run" });

        Assert.Equal([new VerbArgument("SITE_DIR", true), new VerbArgument("EXTRA", false)], syntax.Arguments);
        Assert.Equal(
            [new VerbOption("--connection", "CONN"), new VerbOption("--account-url", "URL"), new VerbOption("--out", "DIR"), new VerbOption("--dry-run", null)],
            syntax.Options);
    }
}
