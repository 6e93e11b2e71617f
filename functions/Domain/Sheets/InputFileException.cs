namespace MotCua.Domain.Sheets;

/// <summary>
/// An unexpected failure while reading one editor's file: a bug of ours, not a mistake of theirs. It carries the file's
/// path so the command line can say which file to report, instead of a stack trace.
/// </summary>
public sealed class InputFileException : Exception
{
    public InputFileException(string displayPath, Exception inner)
        : base($"unexpected error while reading {displayPath}: {inner.Message}", inner) => DisplayPath = displayPath;

    public InputFileException()
        : this("", new InvalidOperationException())
    {
    }

    public InputFileException(string message)
        : this("", new InvalidOperationException(message))
    {
    }

    public string DisplayPath { get; }

    /// <summary>Runs a parse of one file, tagging anything it throws with the file's path.</summary>
    public static T Guard<T>(string displayPath, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is not (InputFileException or OperationCanceledException or OutOfMemoryException))
        {
            throw new InputFileException(displayPath, ex);
        }
    }
}
