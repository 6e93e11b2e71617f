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
            diagnostics.Add(new Diagnostic(displayPath, 1, 1, Severity.Warning, "chữ và dấu thanh được gõ tách rời (không phải Unicode dựng sẵn NFC); trang vẫn hiện đúng, nhưng hãy lưu lại tệp ở dạng Unicode dựng sẵn"));
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
                "thiếu khóa bắt buộc 'name': thêm một dòng 'name: Tên bộ phận một cửa'"));
        }

        var fields = ReadFields(values.GetValueOrDefault(UnitKeys.Fields), displayPath, positions, diagnostics);
        var counters = ReadCounters(values.GetValueOrDefault(UnitKeys.Counters), fields, displayPath, positions, diagnostics);
        var merger = UnitMergerParser.Parse(values, displayPath, positions, diagnostics);
        var license = values.ContainsKey(UnitKeys.License) ? OpenData.OpenLicense.Find(Text(UnitKeys.License)) : OpenData.OpenLicense.Default;
        if (license is null)
        {
            diagnostics.Add(new Diagnostic(displayPath, positions[UnitKeys.License], Severity.Error,
                $"giấy phép dữ liệu mở '{Text(UnitKeys.License)}' không có trong danh sách: ghi một trong {string.Join(", ", OpenData.OpenLicense.All.Select(l => l.Name))} (bỏ dòng này thì là {OpenData.OpenLicense.Default.Name})"));
        }

        if (diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        return new Unit(slug, Text(UnitKeys.Name), Text(UnitKeys.Address), Text(UnitKeys.OpeningHours), Text(UnitKeys.Phone), fields, counters, [])
        {
            SourcePath = displayPath,
            Positions = positions,
            Merger = merger,
            License = license ?? OpenData.OpenLicense.Default,
        };
    }

    private static List<Field> ReadFields(YamlNode? node, string path, Dictionary<string, SourcePosition> positions, List<Diagnostic> diagnostics)
    {
        var fields = new List<Field>();
        if (node is null or YamlScalarNode { Value: null or "" } or YamlMappingNode { Children.Count: 0 })
        {
            // A unit just created has no field yet; `import` adds them, so this is no reason to stop.
            diagnostics.Add(new Diagnostic(path, positions.GetValueOrDefault(UnitKeys.Fields, SourcePosition.Start), Severity.Warning,
                "đơn vị chưa có lĩnh vực nào: thêm mục 'fields:', mỗi lĩnh vực một dòng 'tên-thư-mục: Tên lĩnh vực' (ví dụ ho-tich: Hộ tịch), hoặc nhập danh mục thủ tục bằng lệnh import"));
            return fields;
        }

        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(new Diagnostic(path, positions[UnitKeys.Fields], Severity.Error,
                "'fields' phải liệt kê các lĩnh vực, mỗi lĩnh vực một dòng 'tên-thư-mục: Tên lĩnh vực' (ví dụ ho-tich: Hộ tịch), theo thứ tự trên bảng"));
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
                diagnostics.Add(new Diagnostic(path, at, Severity.Error, $"lĩnh vực '{slug}' không dùng được làm tên thư mục: hãy ghi '{TextFolding.Slug(slug)}' (chữ thường không dấu, nối bằng dấu gạch ngang)"));
            }
            else if (name.Length == 0)
            {
                diagnostics.Add(new Diagnostic(path, at, Severity.Error, $"lĩnh vực '{slug}' cần có tên tiếng Việt, ví dụ '{slug}: Hộ tịch'"));
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
            diagnostics.Add(new Diagnostic(path, positions[UnitKeys.Counters], Severity.Error, "'counters' phải liệt kê các quầy, mỗi quầy một dòng 'tên-quầy: Tên quầy' (ví dụ quay-1: Quầy số 1)"));
            return counters;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var slug = YamlReading.Scalar(keyNode) ?? "";
            var at = YamlReading.Position(keyNode, 1);
            if (!SheetFormats.IsSlug(slug))
            {
                diagnostics.Add(new Diagnostic(path, at, Severity.Error, $"quầy '{slug}' không dùng được làm địa chỉ trang: hãy ghi '{TextFolding.Slug(slug)}' (chữ thường không dấu, nối bằng dấu gạch ngang)"));
                continue;
            }

            var counter = valueNode is YamlMappingNode group
                ? ReadCounterGroup(slug, group, fields, path, diagnostics)
                : new Counter(slug, (YamlReading.Scalar(valueNode) ?? "").Trim());
            if (counter is not null && counter.Name.Length == 0)
            {
                diagnostics.Add(new Diagnostic(path, at, Severity.Error, $"quầy '{slug}' cần có tên, ví dụ '{slug}: Quầy số 1'"));
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
                        diagnostics.Add(new Diagnostic(path, YamlReading.Position(item, 1), Severity.Error, $"quầy '{slug}' ghi lĩnh vực '{field}', nhưng lĩnh vực này không có trong mục 'fields': sửa tên cho khớp hoặc thêm lĩnh vực vào 'fields'"));
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
        diagnostics.Add(new Diagnostic(path, YamlReading.Position(keyNode, 1), Severity.Error, Sheets.UnknownKey.Message(key, known)));
    }
}
