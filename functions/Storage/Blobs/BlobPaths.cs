namespace MotCua.Storage.Blobs;

/// <summary>How container and blob names become URL paths.</summary>
internal static class BlobPaths
{
    public static Uri Normalize(Uri serviceUri)
    {
        ArgumentNullException.ThrowIfNull(serviceUri);
        return new Uri(serviceUri.AbsoluteUri.TrimEnd('/'));
    }

    /// <summary>Container names are plain ASCII (<c>$web</c> included) and go on the path as they are.</summary>
    public static string Container(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '$'))
                throw new ArgumentException($"'{name}' is not a valid container name (lower-case letters, digits and '-').", nameof(name));
        }

        return "/" + name;
    }

    /// <summary>Each '/'-separated segment is percent-encoded (UTF-8), the separators are kept.</summary>
    public static string Blob(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return "/" + string.Join('/', name.Split('/').Select(Uri.EscapeDataString));
    }
}
