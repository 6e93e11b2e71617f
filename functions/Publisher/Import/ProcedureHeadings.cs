namespace MotCua.Publisher.Import;

/// <summary>A header field of a procedure document: a value for the front matter, not a section.</summary>
internal enum HeaderField
{
    Code,
    Decision,
    Title,
    AdministrativeLevel,
    Type,
    Field,
}

/// <summary>The headings of a procedure document of the national database, by <see cref="ImportHeadings.Key"/>.</summary>
internal static class ProcedureHeadings
{
    public const string Steps = "Trình tự thực hiện";
    public const string Channels = "Cách thức thực hiện";
    public const string Applicants = "Đối tượng thực hiện";
    public const string Agency = "Cơ quan thực hiện";
    public const string Result = "Kết quả thực hiện";
    public const string ProcessingTime = "Thời hạn giải quyết";
    public const string Fee = "Phí, lệ phí";

    public static readonly IReadOnlyDictionary<string, HeaderField> Header = new Dictionary<string, HeaderField>(StringComparer.Ordinal)
    {
        ["ma-thu-tuc"] = HeaderField.Code,
        ["ma-tthc"] = HeaderField.Code,
        ["ma-thu-tuc-hanh-chinh"] = HeaderField.Code,
        ["so-quyet-dinh"] = HeaderField.Decision,
        ["quyet-dinh-cong-bo"] = HeaderField.Decision,
        ["ten-thu-tuc"] = HeaderField.Title,
        ["ten-tthc"] = HeaderField.Title,
        ["ten-thu-tuc-hanh-chinh"] = HeaderField.Title,
        ["cap-thuc-hien"] = HeaderField.AdministrativeLevel,
        ["loai-thu-tuc"] = HeaderField.Type,
        ["linh-vuc"] = HeaderField.Field,
    };

    /// <summary>Section headings as the page shows them, by key; several spellings lead to one heading.</summary>
    public static readonly IReadOnlyDictionary<string, string> Sections = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["trinh-tu-thuc-hien"] = Steps,
        ["cach-thuc-thuc-hien"] = Channels,
        ["thanh-phan-ho-so"] = "Thành phần hồ sơ",
        ["thanh-phan-so-luong-ho-so"] = "Thành phần hồ sơ",
        ["thoi-han-giai-quyet"] = ProcessingTime,
        ["phi-le-phi"] = Fee,
        ["phi-va-le-phi"] = Fee,
        ["doi-tuong-thuc-hien"] = Applicants,
        ["co-quan-thuc-hien"] = Agency,
        ["co-quan-co-tham-quyen"] = "Cơ quan có thẩm quyền",
        ["dia-chi-tiep-nhan-ho-so"] = "Địa chỉ tiếp nhận hồ sơ",
        ["dia-chi-tiep-nhan-hs"] = "Địa chỉ tiếp nhận hồ sơ",
        ["co-quan-duoc-uy-quyen"] = "Cơ quan được ủy quyền",
        ["co-quan-phoi-hop"] = "Cơ quan phối hợp",
        ["ket-qua-thuc-hien"] = Result,
        ["ket-qua-thuc-hien-thu-tuc-hanh-chinh"] = Result,
        ["can-cu-phap-ly"] = "Căn cứ pháp lý",
        ["yeu-cau-dieu-kien-thuc-hien"] = "Yêu cầu, điều kiện thực hiện",
        ["yeu-cau-dieu-kien"] = "Yêu cầu, điều kiện thực hiện",
        ["tu-khoa"] = "Từ khóa",
        ["mo-ta"] = "Mô tả",
    };

    /// <summary>One key for headings that name the same section ("Phí, lệ phí" and "Phí và lệ phí").</summary>
    public static string SectionKey(string heading)
    {
        var key = ImportHeadings.Key(heading);
        return Sections.TryGetValue(key, out var canonical) ? ImportHeadings.Key(canonical) : key;
    }

    /// <summary>True when <paramref name="key"/> is a header field or a section heading.</summary>
    public static bool IsKnown(string key) => Header.ContainsKey(key) || Sections.ContainsKey(key);
}
