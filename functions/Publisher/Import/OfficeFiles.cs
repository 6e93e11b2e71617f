using DocumentFormat.OpenXml.Packaging;

namespace MotCua.Publisher.Import;

/// <summary>
/// Opens Word and Excel files with the Open XML SDK, turning what it cannot open into one clear sentence: an old
/// binary .doc/.xls, a password-protected file (Office then wraps the package in an OLE container) or a corrupt one.
/// </summary>
internal static class OfficeFiles
{
    /// <summary>The first bytes of an OLE compound file: old .doc/.xls, and every encrypted Office 2007+ file.</summary>
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>No part is parsed past this many characters, whatever its zip entry claims.</summary>
    private static readonly OpenSettings Bounded = new() { MaxCharactersInPart = ImportLimits.MaxCharactersInPart };

    public static WordprocessingDocument OpenWord(string path, ImportLimits limits) =>
        Open(path, "Word", ".doc", ".docx", limits, () => WordprocessingDocument.Open(path, isEditable: false, Bounded));

    public static SpreadsheetDocument OpenSpreadsheet(string path, ImportLimits limits) =>
        Open(path, "Excel", ".xls", ".xlsx", limits, () => SpreadsheetDocument.Open(path, isEditable: false, Bounded));

    private static T Open<T>(string path, string program, string oldExtension, string extension, ImportLimits limits, Func<T> open)
    {
        if (string.Equals(Path.GetExtension(path), oldExtension, StringComparison.OrdinalIgnoreCase))
        {
            throw new ImportFileException($"{path}: tệp {program} định dạng cũ ({oldExtension}); hãy mở bằng {program} và lưu lại thành {extension} rồi nhập lại");
        }

        if (StartsWithCompoundSignature(path))
        {
            throw new ImportFileException($"{path}: tệp có đặt mật khẩu (hoặc là tệp {oldExtension} cũ đổi tên); hãy mở bằng {program}, bỏ mật khẩu, lưu lại thành {extension} rồi nhập lại");
        }

        limits.CheckPackage();
        try
        {
            return open();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FormatException or (IOException and not FileNotFoundException and not DirectoryNotFoundException))
        {
            throw new ImportFileException($"{path}: tệp bị hỏng, không đọc được như một tệp {extension}; hãy tải lại tệp từ Cơ sở dữ liệu quốc gia về TTHC");
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/> over an opened file: the SDK parses parts lazily, so a package that opened may
    /// still hold a broken part, which is the same corrupt file to the editor.
    /// </summary>
    public static T Read<T>(string path, string extension, ImportLimits limits, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (System.Xml.XmlException ex) when (ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            throw limits.Refusal($"có một phần bên trong dài quá {ImportLimits.MaxCharactersInPart:N0} ký tự");
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or OpenXmlPackageException or InvalidDataException)
        {
            throw new ImportFileException($"{path}: tệp bị hỏng (một phần bên trong không đọc được), không đọc được như một tệp {extension}; hãy tải lại tệp từ Cơ sở dữ liệu quốc gia về TTHC");
        }
    }

    private static bool StartsWithCompoundSignature(string path)
    {
        Span<byte> head = stackalloc byte[8];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(CompoundFileSignature);
    }
}
