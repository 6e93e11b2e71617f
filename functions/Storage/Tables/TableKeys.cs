namespace MotCua.Storage.Tables;

/// <summary>Validates table names and entity keys and turns keys into the <c>(PartitionKey='…',RowKey='…')</c> path.</summary>
internal static class TableKeys
{
    public static string ValidateTableName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Length is < 3 or > 63 || !char.IsAsciiLetter(name[0]) || !name.All(char.IsAsciiLetterOrDigit))
            throw new ArgumentException($"'{name}' is not a valid table name (3–63 ASCII letters and digits, starting with a letter).", nameof(name));
        return name;
    }

    /// <summary>Rejects what the service refuses in keys: / \ # ? and control characters.</summary>
    public static string ValidateKey(string? key, string what)
    {
        ArgumentNullException.ThrowIfNull(key, what);
        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
                throw new ArgumentException($"{what} '{key}' contains a character tables refuse (/ \\ # ? or a control character).", what);
        }

        return key;
    }

    /// <summary><c>(PartitionKey='a''b',RowKey='…')</c> with quotes doubled and values percent-encoded.</summary>
    public static string EntityPath(string partitionKey, string rowKey) =>
        $"(PartitionKey='{Escape(ValidateKey(partitionKey, "PartitionKey"))}',RowKey='{Escape(ValidateKey(rowKey, "RowKey"))}')";

    private static string Escape(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));
}
