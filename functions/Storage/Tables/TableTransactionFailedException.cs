using System.Diagnostics.CodeAnalysis;
using Azure;

namespace MotCua.Storage.Tables;

/// <summary>A transaction the service refused as a whole; nothing in it was applied.</summary>
[SuppressMessage("Roslynator", "RCS1194:Implement exception constructors", Justification = "Built only from a parsed batch response; the base's Response-based constructors do not apply.")]
public sealed class TableTransactionFailedException : RequestFailedException
{
    public TableTransactionFailedException(int status, string message, string? errorCode, int? failedTransactionActionIndex)
        : base(status, message, errorCode, null)
    {
        FailedTransactionActionIndex = failedTransactionActionIndex;
    }

    public TableTransactionFailedException()
        : base("The table transaction failed.")
    {
    }

    public TableTransactionFailedException(string message)
        : base(message)
    {
    }

    public TableTransactionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The 0-based index of the operation the service named as failing, when it did.</summary>
    public int? FailedTransactionActionIndex { get; }
}
