using YamlDotNet.RepresentationModel;

namespace MotCua.Domain.Sheets;

/// <summary>Reads typed front-matter values, adding a diagnostic at the value's position when one is malformed.</summary>
internal sealed class FrontMatterValues(
    Dictionary<string, YamlNode> values,
    Dictionary<string, SourcePosition> positions,
    string path,
    string unit,
    List<Diagnostic> diagnostics)
{
    public SourcePosition At(string key) => positions.TryGetValue(key, out var p) ? p : SourcePosition.Start;

    public string? Text(string key)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        }

        Error(key, $"'{key}' must be a single value (text on the same line), not a list or a group of keys");
        return null;
    }

    public string? NationalCode()
    {
        var code = Text(SheetKeys.Code);
        if (code is not null && !SheetFormats.IsNationalCode(code))
        {
            Error(SheetKeys.Code, $"'{code}' is not a national procedure code: expected d.dddddd such as 1.001193 (optionally with a local suffix such as .H87)");
            return null;
        }

        return code;
    }

    public ServiceLevel Level()
    {
        var level = Text(SheetKeys.Level);
        if (level is null)
        {
            return ServiceLevel.Unspecified;
        }

        if (SheetKeys.Levels.TryGetValue(level, out var value))
        {
            return value;
        }

        Error(SheetKeys.Level, $"unknown level '{level}'; use one of: {string.Join(", ", SheetKeys.Levels.Keys)}");
        return ServiceLevel.Unspecified;
    }

    public string? OnlineUrl()
    {
        var url = Text(SheetKeys.OnlineUrl);
        if (url is not null && !SheetFormats.IsHttpsUrl(url))
        {
            Error(SheetKeys.OnlineUrl, $"'{url}' is not a full https:// address (copy the link from the portal, starting with https://)");
            return null;
        }

        return url;
    }

    public DateOnly? Date(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (SheetFormats.TryParseDate(text, out var date))
        {
            return date;
        }

        Error(key, $"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-15");
        return null;
    }

    public bool IsRetired()
    {
        var status = Text(SheetKeys.Status);
        if (status is null or SheetKeys.Active)
        {
            return false;
        }

        if (status == SheetKeys.Retired)
        {
            return true;
        }

        Error(SheetKeys.Status, $"unknown status '{status}'; use '{SheetKeys.Active}' or '{SheetKeys.Retired}'");
        return false;
    }

    public string? Key(string key)
    {
        var reference = Text(key);
        if (reference is null)
        {
            return null;
        }

        var resolved = SheetFormats.ResolveKey(reference, unit);
        if (resolved is null)
        {
            Error(key, $"'{reference}' is not a sheet reference: write field/slug (e.g. ho-tich/dang-ky-khai-sinh) or unit/field/slug");
        }

        return resolved;
    }

    public IReadOnlyList<string> Keys(string key)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return [];
        }

        if (node is YamlScalarNode)
        {
            var single = Key(key);
            return single is null ? [] : [single];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(key, $"'{key}' must be a list of earlier sheet references (- field/slug)");
            return [];
        }

        var keys = new List<string>();
        foreach (var item in sequence.Children)
        {
            var text = YamlReading.Scalar(item);
            var resolved = text is null ? null : SheetFormats.ResolveKey(text, unit);
            if (resolved is null)
            {
                diagnostics.Add(new Diagnostic(path, YamlReading.Position(item, At(key).Line - (int)node.Start.Line + 1), Severity.Error,
                    $"'{text}' is not a sheet reference: write field/slug or unit/field/slug"));
                continue;
            }

            keys.Add(resolved);
        }

        return keys;
    }

    private void Error(string key, string message) => diagnostics.Add(new Diagnostic(path, At(key), Severity.Error, message));
}
