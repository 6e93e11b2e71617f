using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace MotCua.Publisher.Tests.Guide;

/// <summary>One thing the editors' guide tells the editor to do, at its line in the guide.</summary>
internal abstract record GuideStep(int Line);

/// <summary>A command in a <c>```sh</c> block, with the lines the <c>```text</c> block after it says it prints.</summary>
internal sealed record GuideCommand(int Line, string Text, IReadOnlyList<string> Expected, IReadOnlyList<string> Links) : GuideStep(Line)
{
    /// <summary>The command's words as a shell splits them (double quotes keep a title with spaces together).</summary>
    public IReadOnlyList<string> Words => [.. Regex.Matches(Text, "\"([^\"]*)\"|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)];

    /// <summary>The guide shows an error for it, so it must fail.</summary>
    public bool ShouldFail => Expected.Any(l => l.Contains(": error: ", StringComparison.Ordinal) || l.StartsWith("error:", StringComparison.Ordinal));
}

/// <summary>A file the guide shows in full, in a block whose info string names it (<c>```yaml site/units/x/unit.yaml</c>).</summary>
internal sealed record GuideFile(int Line, string Path, string Text) : GuideStep(Line);

/// <summary>
/// Reads the guide as the test runs it, as Markdig's spec documents are read: each <c>```sh</c> block is commands, the
/// <c>```text</c> block right after is what they print, a block whose info string has a path is a file to write, and a
/// block with no info string is an example that is not run.
/// </summary>
internal static class GuideSteps
{
    private static readonly Regex PreviewLink = new(@"http://127\.0\.0\.1:1313/[^\s>)]*", RegexOptions.CultureInvariant);

    public static IReadOnlyList<GuideStep> Read(string markdown)
    {
        var document = Markdown.Parse(markdown);
        var blocks = document.Descendants<FencedCodeBlock>().ToList();
        var steps = new List<GuideStep>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var info = block.Info ?? "";
            if (info == "sh")
            {
                var expected = i + 1 < blocks.Count && blocks[i + 1].Info == "text" ? Lines(blocks[++i]) : [];
                var after = blocks[i].Span.End;
                var next = blocks.Skip(i + 1).FirstOrDefault(b => b.Info == "sh")?.Span.Start ?? markdown.Length;
                var links = PreviewLink.Matches(markdown[after..next]).Select(m => m.Value).Distinct().ToList();
                var commands = Lines(block);
                for (var c = 0; c < commands.Count; c++)
                {
                    // What a block of several commands prints is shown after the last one.
                    steps.Add(new GuideCommand(block.Line + 2 + c, commands[c], c == commands.Count - 1 ? expected : [], c == commands.Count - 1 ? links : []));
                }
            }
            else if (block.Arguments is { Length: > 0 } path)
            {
                steps.Add(new GuideFile(block.Line + 1, path.Trim(), string.Join('\n', Lines(block, keepBlank: true)) + "\n"));
            }
        }

        return steps;
    }

    private static List<string> Lines(FencedCodeBlock block, bool keepBlank = false) =>
        [.. block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()).Where(l => keepBlank || l.Trim().Length > 0)];
}
