using System.Globalization;

namespace MotCua.Storage;

/// <summary>
/// A parsed storage connection string: <c>UseDevelopmentStorage=true</c> (Azurite's well-known account),
/// the full form with explicit <c>BlobEndpoint</c>/<c>TableEndpoint</c>, or the Azure form with
/// <c>DefaultEndpointsProtocol</c>, <c>AccountName</c>, <c>AccountKey</c> and <c>EndpointSuffix</c>.
/// </summary>
public sealed class StorageConnectionString
{
    /// <summary>Azurite's well-known account name.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known account key (public, documented by the emulator).</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const string DefaultEndpointSuffix = "core.windows.net";

    private StorageConnectionString(StorageSharedKeyCredential credential, Uri blobEndpoint, Uri tableEndpoint)
    {
        Credential = credential;
        BlobEndpoint = blobEndpoint;
        TableEndpoint = tableEndpoint;
    }

    public string AccountName => Credential.AccountName;

    public StorageSharedKeyCredential Credential { get; }

    /// <summary>The Blob service root, without a trailing slash (path-style for Azurite: <c>http://127.0.0.1:10000/devstoreaccount1</c>).</summary>
    public Uri BlobEndpoint { get; }

    /// <summary>The Table service root, without a trailing slash.</summary>
    public Uri TableEndpoint { get; }

    /// <summary>Parses a connection string; a <see cref="FormatException"/> names what is wrong (never the key).</summary>
    public static StorageConnectionString Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new FormatException("The storage connection string is empty.");

        var settings = ReadSettings(connectionString);
        if (settings.TryGetValue("UseDevelopmentStorage", out var dev))
        {
            if (!bool.TryParse(dev, out var useDev) || !useDev)
                throw new FormatException("UseDevelopmentStorage must be 'true' when present.");
            return Development(new Uri("http://127.0.0.1:10000"), new Uri("http://127.0.0.1:10002"));
        }

        var name = Require(settings, "AccountName");
        var key = Require(settings, "AccountKey");
        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        if (protocol is not ("http" or "https"))
            throw new FormatException($"DefaultEndpointsProtocol must be 'http' or 'https', not '{protocol}'.");

        var suffix = settings.GetValueOrDefault("EndpointSuffix", DefaultEndpointSuffix).Trim('.');
        var blob = Endpoint(settings, "BlobEndpoint") ?? new Uri($"{protocol}://{name}.blob.{suffix}");
        var table = Endpoint(settings, "TableEndpoint") ?? new Uri($"{protocol}://{name}.table.{suffix}");
        return new StorageConnectionString(new StorageSharedKeyCredential(name, key), blob, table);
    }

    /// <summary>The full-form connection string for Azurite's well-known account at the given service roots (host and port only).</summary>
    public static string ForDevelopment(Uri blobRoot, Uri tableRoot, Uri? queueRoot = null)
    {
        var conn = string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName={DevelopmentAccountName};AccountKey={DevelopmentAccountKey};"
            + $"BlobEndpoint={Trim(blobRoot)}/{DevelopmentAccountName};TableEndpoint={Trim(tableRoot)}/{DevelopmentAccountName};");
        return queueRoot is null ? conn : conn + $"QueueEndpoint={Trim(queueRoot)}/{DevelopmentAccountName};";
    }

    private static StorageConnectionString Development(Uri blobRoot, Uri tableRoot) =>
        new(
            new StorageSharedKeyCredential(DevelopmentAccountName, DevelopmentAccountKey),
            new Uri($"{Trim(blobRoot)}/{DevelopmentAccountName}"),
            new Uri($"{Trim(tableRoot)}/{DevelopmentAccountName}"));

    private static Dictionary<string, string> ReadSettings(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Split on the first '=' only: base64 keys end with '=' padding.
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
                throw new FormatException($"The storage connection string has a malformed setting '{NameOf(part)}' (expected Name=Value).");
            var key = part[..eq].Trim();
            if (!settings.TryAdd(key, part[(eq + 1)..].Trim()))
                throw new FormatException($"The storage connection string sets '{key}' twice.");
        }

        return settings;
    }

    // A malformed part may be a secret: show at most its first characters.
    private static string NameOf(string part) => part.Length <= 20 ? part : part[..20] + "…";

    private static string Require(Dictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"The storage connection string has no {name} (use UseDevelopmentStorage=true for Azurite).");

    private static Uri? Endpoint(Dictionary<string, string> settings, string name)
    {
        if (!settings.TryGetValue(name, out var value) || value.Length == 0)
            return null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new FormatException($"{name} must be an absolute http(s) URL, not '{value}'.");
        return new Uri(Trim(uri));
    }

    private static string Trim(Uri uri) => uri.AbsoluteUri.TrimEnd('/');
}
