namespace MotCua.Publisher.Import;

/// <summary>What a column of the national database's procedure list holds.</summary>
internal enum ListColumn
{
    Code,
    Title,
    Field,
    Applicants,
    PublishedBy,
    AdministrativeLevel,
    Status,
    Decision,
    OnlineLevel,
}

/// <summary>The list's columns, found by their Vietnamese names (as <see cref="ImportHeadings.Key"/> compares them), not by position.</summary>
internal static class ListColumns
{
    private static readonly Dictionary<string, ListColumn> Names = new(StringComparer.Ordinal)
    {
        ["ma-tthc"] = ListColumn.Code,
        ["ma-thu-tuc"] = ListColumn.Code,
        ["ma-thu-tuc-hanh-chinh"] = ListColumn.Code,
        ["ma-so-tthc"] = ListColumn.Code,
        ["ma-so-thu-tuc"] = ListColumn.Code,
        ["ten-thu-tuc"] = ListColumn.Title,
        ["ten-tthc"] = ListColumn.Title,
        ["ten-thu-tuc-hanh-chinh"] = ListColumn.Title,
        ["linh-vuc"] = ListColumn.Field,
        ["doi-tuong"] = ListColumn.Applicants,
        ["doi-tuong-thuc-hien"] = ListColumn.Applicants,
        ["co-quan-cong-khai"] = ListColumn.PublishedBy,
        ["cap-thuc-hien"] = ListColumn.AdministrativeLevel,
        ["tinh-trang"] = ListColumn.Status,
        ["trang-thai"] = ListColumn.Status,
        ["quyet-dinh-cong-bo"] = ListColumn.Decision,
        ["so-quyet-dinh"] = ListColumn.Decision,
        ["muc-do"] = ListColumn.OnlineLevel,
        ["muc-do-dvc"] = ListColumn.OnlineLevel,
        ["muc-do-dvctt"] = ListColumn.OnlineLevel,
        ["dich-vu-cong-truc-tuyen"] = ListColumn.OnlineLevel,
    };

    /// <summary>The column each known name sits in (the first one when a name repeats).</summary>
    public static Dictionary<ListColumn, int> Find(TextRow row)
    {
        var found = new Dictionary<ListColumn, int>();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (Names.TryGetValue(ImportHeadings.Key(row.Cells[i]), out var column))
            {
                found.TryAdd(column, i);
            }
        }

        return found;
    }
}
