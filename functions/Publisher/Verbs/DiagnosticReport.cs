using System.Globalization;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// Prints diagnostics the way compilers do (<c>path:line:col: error: …</c>), so editors' tools can jump to the line;
/// under GitHub Actions each one is also a workflow command, so it shows on the line of the pull request.
/// </summary>
internal static class DiagnosticReport
{
    /// <summary>Writes each diagnostic to <paramref name="writer"/> and, on a GitHub runner, its workflow command to <paramref name="stdout"/>.</summary>
    public static async Task WriteAsync(IEnumerable<Diagnostic> diagnostics, TextWriter writer, TextWriter stdout, RunEnvironment environment)
    {
        var annotate = environment.IsGitHubActions;
        var workspace = environment.GitHubWorkspace;
        foreach (var diagnostic in diagnostics)
        {
            await writer.WriteLineAsync(diagnostic.ToString());
            if (annotate)
            {
                // The runner reads workflow commands from standard output, as the Actions toolkit writes them.
                await stdout.WriteLineAsync(WorkflowCommand.For(diagnostic, workspace));
            }
        }
    }

    /// <summary>Plain lines only, for verbs whose problems are not the editors' line-by-line work.</summary>
    public static async Task WriteAsync(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            await writer.WriteLineAsync(diagnostic.ToString());
        }
    }

    /// <summary>The line for a site folder that is not there (a wrong path on the command line, not a problem in a file).</summary>
    public static string SiteNotFound(string siteDir) =>
        $"error: không tìm thấy thư mục trang '{siteDir}': kiểm tra lại đường dẫn (thường là site)";

    /// <summary>"2 lỗi, 1 cảnh báo" (Vietnamese nouns have no plural form).</summary>
    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return string.Create(CultureInfo.InvariantCulture, $"{errors} lỗi, {warnings} cảnh báo");
    }
}
