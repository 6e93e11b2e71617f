namespace MotCua.Storage.Tables;

/// <summary>Reserved property names and OData annotations of the Table service's JSON.</summary>
internal static class TableNames
{
    public const string PartitionKey = "PartitionKey";
    public const string RowKey = "RowKey";
    public const string Timestamp = "Timestamp";
    public const string ODataETag = "odata.etag";
    public const string TypeSuffix = "@odata.type";
    public const string Int64 = "Edm.Int64";
    public const string Double = "Edm.Double";
    public const string DateTime = "Edm.DateTime";
    public const string Guid = "Edm.Guid";
    public const string Binary = "Edm.Binary";
    public const string Accept = "application/json;odata=minimalmetadata";
    public const string Json = "application/json";
}
