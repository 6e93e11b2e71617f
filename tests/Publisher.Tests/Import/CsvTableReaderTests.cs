using System.Text;
using MotCua.Publisher.Import;

namespace MotCua.Publisher.Tests.Import;

public sealed class CsvTableReaderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "motcua-csv-" + Guid.NewGuid().ToString("N")[..12] + ".csv");

    public void Dispose() => File.Delete(_path);

    private IReadOnlyList<TextRow> Read(string text, bool bom = false)
    {
        File.WriteAllText(_path, text, new UTF8Encoding(bom));
        return CsvTableReader.Read(_path);
    }

    [Fact]
    public void Semicolons_a_bom_quotes_and_a_line_break_inside_a_cell_are_read_and_rows_keep_their_line_numbers()
    {
        var rows = Read("Mã TTHC;Tên thủ tục\r\n1.001193;\"Đăng ký \"\"khai sinh\"\"\nlưu động\"\r\n2.000884;Chứng thực, chữ ký\r\n", bom: true);

        Assert.Equal(["Mã TTHC", "Tên thủ tục"], rows[0].Cells);
        Assert.Equal(["1.001193", "Đăng ký \"khai sinh\"\nlưu động"], rows[1].Cells);
        Assert.Equal((4, "Chứng thực, chữ ký"), (rows[2].Number, rows[2].Cells[1]));
    }

    [Fact]
    public void Commas_separate_when_the_first_line_has_more_commas_and_a_last_line_needs_no_line_break()
    {
        var rows = Read("Mã TTHC,Tên thủ tục,Lĩnh vực\n1.001193,Đăng ký khai sinh,Hộ tịch");

        Assert.Equal(["1.001193", "Đăng ký khai sinh", "Hộ tịch"], rows[1].Cells);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_an_error_not_garbled_text()
    {
        File.WriteAllBytes(_path, [0x4D, 0xE3, 0x20, 0x54]);

        var error = Assert.Throws<ImportFileException>(() => CsvTableReader.Read(_path));
        Assert.Contains("không phải chữ UTF-8", error.Message, StringComparison.Ordinal);
    }
}
