using System.Globalization;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Verbs;

/// <summary>Prints diagnostics the way compilers do, so editors' tools can jump to the line.</summary>
internal static class DiagnosticReport
{
    public static async Task WriteAsync(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            await writer.WriteLineAsync(diagnostic.ToString());
        }
    }

    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return string.Create(CultureInfo.InvariantCulture, $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
    }
}
