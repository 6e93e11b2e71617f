using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MotCua.Publisher.Import;
using MotCua.Publisher.Tests.Import;

namespace MotCua.Publisher.Tests.Security;

/// <summary>
/// Files of a few kilobytes built to make an importer loop for billions of cells or unpack gigabytes. Each is refused
/// within seconds with one Vietnamese sentence naming the file, and nothing is written.
/// </summary>
public sealed class ImportBombTests : IDisposable
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(10);

    private readonly ImportSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_merged_range_over_a_whole_sheet_is_refused_before_one_cell_is_copied()
    {
        var path = _site.Input("gop-o.xlsx");
        SpreadsheetFixture.Save(path, [["STT", "Mã TTHC", "Tên thủ tục"]], "A1:XFD1048576");

        var refusal = Refused(() => XlsxTableReader.Read(path));

        Assert.StartsWith(path + ": tệp quá lớn hoặc đã bị làm hỏng", refusal, StringComparison.Ordinal);
        Assert.Contains("A1:XFD1048576", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_cell_spanning_two_billion_columns_is_refused()
    {
        var path = _site.Input("gridspan.docx");
        using (var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var cell = new TableCell(new TableCellProperties(new GridSpan { Val = int.MaxValue }), new Paragraph(new Run(new Text("x"))));
            document.AddMainDocumentPart().Document = new Document(new Body(new Table(new TableRow(cell))));
        }

        var refusal = Refused(() => WordReader.Read(path));

        Assert.Contains("cột (tối đa 63)", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_that_unpacks_to_gigabytes_is_refused_from_the_zip_directory()
    {
        var path = _site.Input("zip-bomb.xlsx");
        SpreadsheetFixture.Save(path, [["STT", "Mã TTHC"]]);
        // 60 MB of the same text compresses to kilobytes.
        AddPart(path, "xl/padding.xml", 60_000_000);

        var refusal = Refused(() => XlsxTableReader.Read(path));

        Assert.Contains("xl/padding.xml", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_of_more_characters_than_the_limit_stops_the_parser()
    {
        var path = _site.Input("strings.docx");
        new WordFixture().Paragraph("Đăng ký khai sinh").Save(path);
        // Under the zip check's bound, over the parser's: the SDK stops reading it.
        ReplacePart(path, "word/document.xml", ImportLimits.MaxCharactersInPart + 1_000_000);

        var refusal = Refused(() => WordReader.Read(path));

        Assert.Contains("ký tự", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_takes_too_long_to_read_is_stopped()
    {
        var path = _site.Input("cham.docx");
        new WordFixture().Paragraph("Đăng ký khai sinh").Paragraph("Hộ tịch").Save(path);
        var clock = new FakeTimeProvider { AutoAdvanceAmount = ImportLimits.MaxReadTime };

        var refusal = Refused(() => WordReader.Read(path, clock));

        Assert.Contains("giây", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_import_verb_says_so_in_Vietnamese_and_writes_nothing()
    {
        var path = _site.Input("gop-o.xlsx");
        SpreadsheetFixture.Save(path, [["STT", "Mã TTHC", "Tên thủ tục"]], "A1:XFD1048576");

        var (code, output, error) = await _site.ImportAsync(path);

        Assert.NotEqual(0, code);
        Assert.Contains("tệp quá lớn hoặc đã bị làm hỏng", output + error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.UnitDir) && Directory.GetFiles(_site.UnitDir, "*.md", SearchOption.AllDirectories).Length > 0);
    }

    private static string Refused(Action read)
    {
        var watch = Stopwatch.StartNew();
        var refusal = Assert.Throws<ImportFileException>(read);
        Assert.True(watch.Elapsed < Quickly, $"refused after {watch.Elapsed}");
        return refusal.Message;
    }

    private static void AddPart(string path, string name, long bytes)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        WriteRepeated(zip.CreateEntry(name, CompressionLevel.Optimal), bytes, "<x>", "</x>");
    }

    private static void ReplacePart(string path, string name, long characters)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry(name)!.Delete();
        WriteRepeated(zip.CreateEntry(name, CompressionLevel.Optimal), characters,
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>", "</w:t></w:r></w:p></w:body></w:document>");
    }

    private static void WriteRepeated(ZipArchiveEntry entry, long length, string start, string end)
    {
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(start));
        var block = Encoding.UTF8.GetBytes(new string('a', 1 << 16));
        for (long written = 0; written < length; written += block.Length)
        {
            stream.Write(block);
        }

        stream.Write(Encoding.UTF8.GetBytes(end));
    }
}
