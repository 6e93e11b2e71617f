using System.Runtime.InteropServices;

namespace MotCua.Domain.Sheets;

/// <summary>How bad a problem in the editors' files is: errors stop the build, warnings do not.</summary>
public enum Severity
{
    Error,
    Warning,
}

/// <summary>A 1-based line and column in a source file.</summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition Start = new(1, 1);
}

/// <summary>One problem in a sheet or unit file, printed as <c>path:line:col: error|warning: message</c>.</summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message)
{
    public Diagnostic(string path, SourcePosition position, Severity severity, string message)
        : this(path, position.Line, position.Column, severity, message)
    {
    }

    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// A warning that stops `publish` (and only it): something fine in a preview but not for citizens, such as a
    /// placeholder left by `new`. Publishing reports it, with the same message, as an error.
    /// </summary>
    public bool BlocksPublishing { get; init; }

    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(IsError ? "error" : "warning")}: {Message}";
}
