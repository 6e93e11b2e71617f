using MotCua.Domain.Text;
using YamlDotNet.RepresentationModel;

namespace MotCua.Domain.Sheets;

/// <summary>
/// Reads <c>unit.yaml</c>: the office's name, address, hours, phone, its fields in board order
/// (<c>slug: Vietnamese name</c>) and its counters (<c>slug: name</c>, or <c>slug: {name, fields}</c>).
/// </summary>
public static class UnitParser
{
    /// <summary>The unit without sheets, or null when the file is unusable; problems go to <paramref name="diagnostics"/>.</summary>
    public static Unit? Parse(string slug, string displayPath, string rawText, List<Diagnostic> diagnostics)
    {
        if (SourceText.CheckCodePoints(rawText, displayPath) is { } notText)
        {
            diagnostics.Add(notText);
            return null;
        }

        var errorsBefore = diagnostics.Count(d => d.IsError);
        if (!rawText.IsNormalized(System.Text.NormalizationForm.FormC))
        {
            diagnostics.Add(new Diagnostic(displayPath, 1, 1, Severity.Warning, "text is not in Unicode NFC form; the build normalises it, but save the file as NFC"));
        }

        var root = YamlReading.LoadMapping(TextFolding.Nfc(rawText), displayPath, 1, diagnostics);
        if (root is null)
        {
            return null;
        }

        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = YamlReading.Scalar(keyNode) ?? "";
            if (!UnitKeys.All.Contains(key))
            {
                UnknownKey(key, keyNode, UnitKeys.All, displayPath, diagnostics);
                continue;
            }

            values[key] = valueNode;
            positions[key] = YamlReading.Position(valueNode, 1);
        }

        string Text(string key) => values.TryGetValue(key, out var node) ? (YamlReading.Scalar(node) ?? "").Trim() : "";

        if (Text(UnitKeys.Name).Length == 0)
        {
            diagnostics.Add(new Diagnostic(displayPath, positions.GetValueOrDefault(UnitKeys.Name, SourcePosition.Start), Severity.Error,
                "missing required key 'name' (the office's name)"));
        }

        var fields = ReadFields(values.GetValueOrDefault(UnitKeys.Fields), displayPath, positions, diagnostics);
        var counters = ReadCounters(values.GetValueOrDefault(UnitKeys.Counters), fields, displayPath, positions, diagnostics);
        var merger = UnitMergerParser.Parse(values, displayPath, positions, diagnostics);
        if (diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        return new Unit(slug, Text(UnitKeys.Name), Text(UnitKeys.Address), Text(UnitKeys.OpeningHours), Text(UnitKeys.Phone), fields, counters, [])
        {
            SourcePath = displayPath,
            Positions = positions,
            Merger = merger,
        };
    }

    private static List<Field> ReadFields(YamlNode? node, string path, Dictionary<string, SourcePosition> positions, List<Diagnostic> diagnostics)
    {
        var fields = new List<Field>();
        if (node is not YamlMappingNode mapping || mapping.Children.Count == 0)
        {
            diagnostics.Add(new Diagnostic(path, positions.GetValueOrDefault(UnitKeys.Fields, SourcePosition.Start), Severity.Error,
                "missing 'fields': list each field as 'slug: Tên lĩnh vực' (e.g. ho-tich: Hộ tịch), in board order"));
            return fields;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var slug = YamlReading.Scalar(keyNode) ?? "";
            var at = YamlReading.Position(keyNode, 1);
            positions[$"{UnitKeys.Fields}.{slug}"] = at;
            var name = (YamlReading.Scalar(valueNode) ?? "").Trim();
            if (!SheetFormats.IsSlug(slug))
            {
                diagnostics.Add(new Diagnostic(path, at, Severity.Error, $"field '{slug}' is not a valid folder name; use '{TextFolding.Slug(slug)}'"));
            }
            else if (name.Length == 0)
            {
                diagnostics.Add(new Diagnostic(path, at, Severity.Error, $"field '{slug}' needs its Vietnamese name, e.g. '{slug}: Hộ tịch'"));
            }
            else
            {
                fields.Add(new Field(slug, name));
            }
        }

        return fields;
    }

    private static List<Counter> ReadCounters(YamlNode? node, List<Field> fields, string path, Dictionary<string, SourcePosition> positions, List<Diagnostic> diagnostics)
    {
        var counters = new List<Counter>();
        if (node is null)
        {
            return counters;
        }

        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(new Diagnostic(path, positions[UnitKeys.Counters], Severity.Error, "'counters' must list 'slug: Tên quầy' lines"));
            return counters;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var slug = YamlReading.Scalar(keyNode) ?? "";
            var at = YamlReading.Position(keyNode, 1);
            if (!SheetFormats.IsSlug(slug))
            {
                diagnostics.Add(new Diagnostic(path, at, Severity.Error, $"counter '{slug}' is not a valid name for a page; use '{TextFolding.Slug(slug)}'"));
                continue;
            }

            var counter = valueNode is YamlMappingNode group
                ? ReadCounterGroup(slug, group, fields, path, diagnostics)
                : new Counter(slug, (YamlReading.Scalar(valueNode) ?? "").Trim());
            if (counter is not null && counter.Name.Length == 0)
            {
                diagnostics.Add(new Diagnostic(path, at, Severity.Error, $"counter '{slug}' needs a name, e.g. '{slug}: Quầy số 1'"));
            }
            else if (counter is not null)
            {
                counters.Add(counter);
            }
        }

        return counters;
    }

    private static Counter? ReadCounterGroup(string slug, YamlMappingNode group, List<Field> fields, string path, List<Diagnostic> diagnostics)
    {
        var name = "";
        var served = new List<string>();
        foreach (var (keyNode, valueNode) in group.Children)
        {
            var key = YamlReading.Scalar(keyNode) ?? "";
            if (key == UnitKeys.Name)
            {
                name = (YamlReading.Scalar(valueNode) ?? "").Trim();
            }
            else if (key == UnitKeys.Fields && valueNode is YamlSequenceNode list)
            {
                foreach (var item in list.Children)
                {
                    var field = YamlReading.Scalar(item) ?? "";
                    if (!fields.Exists(f => f.Slug == field))
                    {
                        diagnostics.Add(new Diagnostic(path, YamlReading.Position(item, 1), Severity.Error, $"counter '{slug}' lists field '{field}', which is not under 'fields'"));
                    }

                    served.Add(field);
                }
            }
            else
            {
                UnknownKey(key, keyNode, UnitKeys.CounterKeys, path, diagnostics);
            }
        }

        return new Counter(slug, name) { Fields = served };
    }

    private static void UnknownKey(string key, YamlNode keyNode, IReadOnlyList<string> known, string path, List<Diagnostic> diagnostics)
    {
        var suggestion = EditDistance.Suggest(key, known);
        diagnostics.Add(new Diagnostic(path, YamlReading.Position(keyNode, 1), Severity.Error,
            $"unknown key '{key}'" + (suggestion is null ? $"; known keys: {string.Join(", ", known)}" : $"; did you mean '{suggestion}'?")));
    }
}
