using System.Text.RegularExpressions;
using MotCua.Publisher.Tests.Import;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Guide;

/// <summary>
/// The editors' guide is executable: every command in <c>site/HUONG-DAN.md</c> runs, in order, on a copy of
/// <c>site/</c>, as the built publisher in its own process, and prints what the guide says it prints; every file the
/// guide shows is written where it says, and every preview page it links answers.
/// </summary>
public sealed class EditorsGuideTests : IDisposable
{
    private static readonly string GuidePath = Path.Combine(RepositoryPaths.Site, "HUONG-DAN.md");

    /// <summary>The verbs an editor uses, each of which the guide must show at work.</summary>
    private static readonly string[] EditorVerbs = ["new", "validate", "serve", "import", "codes", "posters"];

    private readonly string _work = Path.Combine(Path.GetTempPath(), "motcua-guide-" + Guid.NewGuid().ToString("N")[..12]);

    public EditorsGuideTests()
    {
        SiteFolder.CopySample(Path.Combine(_work, "site"));

        // What the guide tells the editor to download from the national database of procedures.
        ProcedureDocuments.Birth().Save(Path.Combine(_work, "1.001193.docx"));
    }

    public void Dispose()
    {
        Directory.Delete(_work, recursive: true);

        // `serve` builds into a folder of its own under the temporary folder, kept for its next start.
        var preview = MotCua.Publisher.Verbs.ServeVerb.OutDir(Path.Combine(_work, "site"));
        if (Directory.Exists(preview))
        {
            Directory.Delete(preview, recursive: true);
        }
    }

    [Fact]
    public async Task Every_command_of_the_guide_runs_in_order_and_prints_what_the_guide_says()
    {
        var steps = GuideSteps.Read(await File.ReadAllTextAsync(GuidePath));
        var commands = steps.OfType<GuideCommand>().ToList();
        Assert.All(commands, c => Assert.True(c.Words[0] == "publisher", $"HUONG-DAN.md:{c.Line}: '{c.Text}' is not a publisher command"));
        Assert.All(EditorVerbs, verb => Assert.Contains(commands, c => c.Words.Count > 1 && c.Words[1] == verb));

        foreach (var step in steps)
        {
            switch (step)
            {
                case GuideFile file:
                    Write(file);
                    break;
                case GuideCommand { Words: [_, "serve", ..] } serve:
                    var (served, pages) = await PublisherProcess.ServeAsync(_work, serve.Words.Skip(1).ToList(), serve.Links);
                    AssertPrints(serve, served);
                    Assert.NotEmpty(pages);
                    Assert.All(pages, page => Assert.True(page.Value == 200, $"HUONG-DAN.md:{serve.Line}: {page.Key} answered {page.Value}"));
                    break;
                case GuideCommand command:
                    var (code, output) = await PublisherProcess.RunAsync(_work, command.Words.Skip(1));
                    Assert.True(command.ShouldFail ? code != 0 : code == 0, $"HUONG-DAN.md:{command.Line}: '{command.Text}' exited {code}:\n{output}");
                    AssertPrints(command, output);
                    break;
            }
        }
    }

    [Fact]
    public void The_guide_explains_every_key_a_sheet_may_have()
    {
        var guide = File.ReadAllText(GuidePath);

        Assert.All(Domain.Sheets.SheetKeys.All.Where(k => k != Domain.Sheets.SheetKeys.MovedTo), key => Assert.Contains($"| `{key}` |", guide, StringComparison.Ordinal));
    }

    /// <summary>Each line the guide shows appears in the output, in that order; `…` stands for anything, a space for any spaces or tabs.</summary>
    private static void AssertPrints(GuideCommand command, string output)
    {
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var at = 0;
        foreach (var expected in command.Expected)
        {
            var pattern = new Regex("^" + string.Join(".*", expected.Trim().Split('…').Select(p => Regex.Replace(Regex.Escape(p), @"(\\ )+", @"\s+"))) + "$");
            var found = Array.FindIndex(lines, at, l => pattern.IsMatch(l.Trim()));
            Assert.True(found >= 0, $"HUONG-DAN.md:{command.Line}: '{command.Text}' did not print, after what came before it,\n  {expected}\nIt printed:\n{output}");
            at = found + 1;
        }
    }

    private void Write(GuideFile file)
    {
        Assert.False(Path.IsPathRooted(file.Path) || file.Path.Contains("..", StringComparison.Ordinal), $"HUONG-DAN.md:{file.Line}: {file.Path} is not a path inside the editor's folder");
        var path = Path.Combine(_work, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, file.Text);
    }
}
