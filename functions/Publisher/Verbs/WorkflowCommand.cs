using System.Globalization;
using System.Text;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// A diagnostic as a GitHub Actions workflow command (<c>::error file=…,line=…,col=…::message</c>), which the runner turns
/// into an annotation on that line of the commit or pull request. Escaping follows the Actions toolkit: data escapes
/// <c>%</c>, CR and LF; property values also escape <c>:</c> and <c>,</c>, which would end them.
/// </summary>
public static class WorkflowCommand
{
    /// <summary>The command for <paramref name="diagnostic"/>; a rooted path is made relative to <paramref name="workspace"/> when inside it.</summary>
    public static string For(Diagnostic diagnostic, string? workspace = null)
    {
        var command = diagnostic.IsError ? "error" : "warning";
        var file = RelativeToWorkspace(diagnostic.Path, workspace);
        return string.Create(CultureInfo.InvariantCulture,
            $"::{command} file={EscapeProperty(file)},line={diagnostic.Line},col={diagnostic.Column}::{EscapeData(diagnostic.Message)}");
    }

    public static string EscapeData(string value) =>
        new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    public static string EscapeProperty(string value) =>
        new StringBuilder(EscapeData(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();

    private static string RelativeToWorkspace(string path, string? workspace)
    {
        if (string.IsNullOrEmpty(workspace) || !Path.IsPathRooted(path))
        {
            return path;
        }

        var relative = Path.GetRelativePath(workspace, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
