namespace MotCua.Storage.Tables;

/// <summary>How a write treats properties the entity does not carry.</summary>
public enum TableUpdateMode
{
    /// <summary>Keep the stored properties the entity does not mention (HTTP MERGE).</summary>
    Merge,

    /// <summary>Replace the whole entity: properties not sent are removed (HTTP PUT).</summary>
    Replace,
}
