using System.Text;

namespace MotCua.Storage.Pipeline;

/// <summary>
/// Canonicalized resources for Shared Key. <c>"/" + account + path</c> holds for both Azure
/// (host-style URLs) and Azurite (path-style URLs, where the account name then appears twice).
/// </summary>
internal static class SharedKeyResource
{
    /// <summary>Blob Shared Key: path plus every query parameter, names lower-cased and sorted, values decoded.</summary>
    public static string Full(string account, Uri uri)
    {
        var text = new StringBuilder().Append('/').Append(account).Append(uri.AbsolutePath);
        var parameters = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in Query(uri))
        {
            var key = name.ToLowerInvariant();
            if (!parameters.TryGetValue(key, out var values))
                parameters[key] = values = [];
            values.Add(value);
        }

        foreach (var (name, values) in parameters)
        {
            values.Sort(StringComparer.Ordinal);
            text.Append('\n').Append(name).Append(':').Append(string.Join(',', values));
        }

        return text.ToString();
    }

    /// <summary>Table (Shared Key and Lite) and Blob Lite: path plus <c>?comp=</c> only.</summary>
    public static string Lite(string account, Uri uri)
    {
        var resource = "/" + account + uri.AbsolutePath;
        foreach (var (name, value) in Query(uri))
        {
            if (string.Equals(name, "comp", StringComparison.OrdinalIgnoreCase))
                return resource + "?comp=" + value;
        }

        return resource;
    }

    private static IEnumerable<(string Name, string Value)> Query(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? pair : pair[..eq];
            var value = eq < 0 ? string.Empty : pair[(eq + 1)..];
            yield return (Uri.UnescapeDataString(name), Uri.UnescapeDataString(value));
        }
    }
}
