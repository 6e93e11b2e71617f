using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Azure;

namespace MotCua.Storage.Tables;

/// <summary>
/// A table entity: keys, server timestamp and ETag, plus typed custom properties by name
/// (mirrors Azure.Data.Tables.TableEntity). Supported values: string, int, long, double, bool,
/// DateTimeOffset (DateTime is read as UTC), Guid, byte[] and BinaryData. The dictionary view holds
/// the custom properties only; the indexer also reaches PartitionKey, RowKey, Timestamp and odata.etag.
/// </summary>
public class TableEntity : IDictionary<string, object?>
{
    private readonly Dictionary<string, object?> _properties = new(StringComparer.Ordinal);

    public TableEntity()
    {
    }

    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    /// <summary>Set by the service; ignored on writes.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The ETag read with the entity (or returned by the last write through a TableClient).</summary>
    public ETag ETag { get; set; }

    public int Count => _properties.Count;

    public ICollection<string> Keys => _properties.Keys;

    public ICollection<object?> Values => _properties.Values;

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => false;

    /// <summary>Null when the property is absent.</summary>
    public object? this[string key]
    {
        get => key switch
        {
            TableNames.PartitionKey => PartitionKey,
            TableNames.RowKey => RowKey,
            TableNames.Timestamp => Timestamp,
            TableNames.ODataETag => ETag.ToString(),
            _ => _properties.GetValueOrDefault(key),
        };
        set
        {
            switch (key)
            {
                case TableNames.PartitionKey: PartitionKey = value as string ?? throw new ArgumentException("PartitionKey must be a string.", nameof(key)); break;
                case TableNames.RowKey: RowKey = value as string ?? throw new ArgumentException("RowKey must be a string.", nameof(key)); break;
                case TableNames.Timestamp: Timestamp = value as DateTimeOffset?; break;
                case TableNames.ODataETag: ETag = value is null ? default : new ETag(value.ToString()!); break;
                default: _properties[key] = value; break;
            }
        }
    }

    public string? GetString(string key) => GetRef<string>(key);

    public int? GetInt32(string key) => Get<int>(key);

    public long? GetInt64(string key) => this[key] switch
    {
        int i => i,
        _ => Get<long>(key),
    };

    public double? GetDouble(string key) => this[key] switch
    {
        int i => i,
        long l => l,
        _ => Get<double>(key),
    };

    public bool? GetBoolean(string key) => Get<bool>(key);

    public DateTimeOffset? GetDateTimeOffset(string key) => this[key] switch
    {
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind)),
        _ => Get<DateTimeOffset>(key),
    };

    public Guid? GetGuid(string key) => Get<Guid>(key);

    public byte[]? GetBinary(string key) => this[key] switch
    {
        BinaryData b => b.ToArray(),
        _ => GetRef<byte[]>(key),
    };

    public BinaryData? GetBinaryData(string key) => this[key] switch
    {
        byte[] b => new BinaryData(b),
        _ => GetRef<BinaryData>(key),
    };

    public void Add(string key, object? value) => this[key] = value;

    public bool ContainsKey(string key) => _properties.ContainsKey(key);

    public bool Remove(string key) => _properties.Remove(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _properties.TryGetValue(key, out value);

    public void Add(KeyValuePair<string, object?> item) => this[item.Key] = item.Value;

    public void Clear() => _properties.Clear();

    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_properties).Contains(item);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)_properties).CopyTo(array, arrayIndex);

    public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_properties).Remove(item);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private T? Get<T>(string key)
        where T : struct
    {
        var value = this[key];
        return value switch
        {
            null => null,
            T typed => typed,
            _ => throw Mismatch(key, value, typeof(T)),
        };
    }

    private T? GetRef<T>(string key)
        where T : class
    {
        var value = this[key];
        return value switch
        {
            null => null,
            T typed => typed,
            _ => throw Mismatch(key, value, typeof(T)),
        };
    }

    private static InvalidOperationException Mismatch(string key, object value, Type wanted) =>
        new($"Property '{key}' holds a {value.GetType().Name}, not a {wanted.Name}.");
}
