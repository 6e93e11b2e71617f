using MotCua.Domain.Sheets;
using MotCua.Publisher.Verbs;

namespace MotCua.Publisher.Tests.Verbs;

public sealed class WorkflowCommandTests
{
    [Fact]
    public void An_error_becomes_an_error_command_on_its_file_line_and_column()
    {
        var diagnostic = new Diagnostic("site/units/thu/ho-tich/a.md", 4, 7, Severity.Error, "'abc' không phải mã thủ tục quốc gia");

        Assert.Equal("::error file=site/units/thu/ho-tich/a.md,line=4,col=7::'abc' không phải mã thủ tục quốc gia", WorkflowCommand.For(diagnostic));
    }

    [Fact]
    public void A_warning_becomes_a_warning_command() =>
        Assert.StartsWith("::warning file=a.md,line=1,col=1::", WorkflowCommand.For(new Diagnostic("a.md", 1, 1, Severity.Warning, "x")), StringComparison.Ordinal);

    [Fact]
    public void The_message_escapes_percent_and_line_breaks_but_keeps_colons_and_commas()
    {
        var diagnostic = new Diagnostic("a.md", 1, 1, Severity.Error, "100% sai:\r\nxem, sửa");

        Assert.EndsWith("::100%25 sai:%0D%0Axem, sửa", WorkflowCommand.For(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_property_also_escapes_the_commas_and_colons_that_would_end_it()
    {
        var diagnostic = new Diagnostic("site/a,b:c%.md", 2, 3, Severity.Error, "m");

        Assert.Equal("::error file=site/a%2Cb%3Ac%25.md,line=2,col=3::m", WorkflowCommand.For(diagnostic));
    }

    [Fact]
    public void An_absolute_path_inside_the_workspace_is_made_relative_to_it()
    {
        var workspace = Path.Combine(Path.GetTempPath(), "repo");
        var file = Path.Combine(workspace, "site", "units", "a.md").Replace('\\', '/');

        Assert.StartsWith("::error file=site/units/a.md,", WorkflowCommand.For(new Diagnostic(file, 1, 1, Severity.Error, "m"), workspace), StringComparison.Ordinal);
    }
}
