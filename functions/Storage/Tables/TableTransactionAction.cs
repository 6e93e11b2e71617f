using Azure;

namespace MotCua.Storage.Tables;

/// <summary>The kind of one operation in a table transaction.</summary>
public enum TableTransactionActionType
{
    Add,
    UpdateMerge,
    UpdateReplace,
    Delete,
    UpsertMerge,
    UpsertReplace,
}

/// <summary>One operation of an entity group transaction (mirrors Azure.Data.Tables).</summary>
public sealed class TableTransactionAction(TableTransactionActionType actionType, TableEntity entity, ETag etag = default)
{
    public TableTransactionActionType ActionType { get; } = actionType;

    public TableEntity Entity { get; } = entity ?? throw new ArgumentNullException(nameof(entity));

    /// <summary>For updates and deletes: the If-Match ETag; default means unconditional (<c>*</c>).</summary>
    public ETag ETag { get; } = etag;
}
