using System.Runtime.CompilerServices;
using Xunit;

namespace MotCua.TestSupport;

/// <summary>
/// Rendered output checked against an approved file committed beside the test (QRCoder's approved files), so a
/// rendering change shows as a diff in review. The comparison is ordinal, to the byte's character. Every approved
/// file lives in an <c>Approved/</c> folder beside its test, named for what it shows: one layout for the repository.
/// </summary>
/// <remarks>
/// When the output differs, or no approved file exists yet, the output is written beside it as
/// <c>NAME.received.EXT</c> (ignored by git) and the test fails naming the first line that differs.
/// To accept a new output, review the received file and move it over the approved one, e.g.
/// <c>mv tests/Domain.Tests/Pages/Approved/unit-home.received.html tests/Domain.Tests/Pages/Approved/unit-home.html</c>;
/// all at once: <c>find tests -name '*.received.*' -not -path '*/bin/*' | while read f; do mv "$f" "${f/.received/}"; done</c>.
/// </remarks>
public static class Approval
{
    private const string Folder = "Approved/";

    /// <summary>Passes when <paramref name="actual"/> equals the approved file; otherwise writes it as received and fails.</summary>
    /// <param name="approvedFile">The approved file's path relative to the calling test file's folder, e.g. <c>Approved/unit-home.html</c>.</param>
    /// <param name="actual">What the code under test produced.</param>
    /// <param name="testFile">Filled in by the compiler: the calling test's source file.</param>
    public static void Verify(string approvedFile, string actual, [CallerFilePath] string testFile = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        if (!approvedFile.StartsWith(Folder, StringComparison.Ordinal))
        {
            throw new ArgumentException($"approved files live in {Folder} beside the test, not at {approvedFile}", nameof(approvedFile));
        }

        var approved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(testFile)!, approvedFile));
        var received = Path.ChangeExtension(approved, ".received" + Path.GetExtension(approved));
        var expected = File.Exists(approved) ? File.ReadAllText(approved) : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, actual);
        var accept = $"Review {received}, then accept it with: mv {received} {approved}";
        Assert.Fail(expected is null
            ? $"No approved file {approved}.{Environment.NewLine}{accept}"
            : $"{approved} differs {FirstDifference(expected, actual)}{accept}");
    }

    /// <summary>Where the two texts first part, with that line of each, shortened around the difference.</summary>
    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && string.Equals(expectedLines[line], actualLines[line], StringComparison.Ordinal))
        {
            line++;
        }

        var approvedLine = line < expectedLines.Length ? expectedLines[line] : "(end of file)";
        var receivedLine = line < actualLines.Length ? actualLines[line] : "(end of file)";
        var column = 0;
        while (column < approvedLine.Length && column < receivedLine.Length && approvedLine[column] == receivedLine[column])
        {
            column++;
        }

        return $"at line {line + 1}, column {column + 1}:{Environment.NewLine}  approved: {Around(approvedLine, column)}{Environment.NewLine}  received: {Around(receivedLine, column)}{Environment.NewLine}";
    }

    private static string Around(string text, int column)
    {
        const int Context = 60;
        var start = Math.Max(0, column - Context);
        var end = Math.Min(text.Length, column + Context);
        var shown = text[start..end].Replace("\r", "\\r", StringComparison.Ordinal);
        return (start > 0 ? "…" : "") + shown + (end < text.Length ? "…" : "");
    }
}
